-- levels/apis/bank.lua: review-only exercises of the APIs and Microservices
-- quest. The review desks and the terminals' second tries draw on them.
-- Facts: FACTS.md.
return {
  format = 1,
  quest = "apis",
  exercises = {
    apis_bank_rest_1 = {
      kind = "sort", skill = "rest_apis",
      prompt = "Is each method idempotent: does sending the same request twice leave the same state as once?",
      bins = { "Idempotent", "Not idempotent" },
      items = {
        { "GET /v1/orders/7", bin = 1, why = "A read changes nothing, however often it runs." },
        { "PUT /v1/orders/7 with the whole order", bin = 1, why = "The second replace writes the same order again." },
        { "DELETE /v1/orders/7", bin = 1, why = "Gone after the first; the second finds it gone (maybe a 404), same state." },
        { "POST /v1/orders", bin = 2, why = "Each POST creates another order." },
        { "POST /v1/payments", bin = 2, why = "Each one charges again: the reason for idempotency keys." },
      },
      explain = "RFC 9110 makes GET, HEAD, OPTIONS, PUT and DELETE idempotent, so clients and proxies may retry "
        .. "them. POST and PATCH are not, unless the API adds something like an Idempotency-Key.",
    },
    apis_bank_design_1 = {
      kind = "choice", skill = "api_design", scenario = true,
      prompt = "You must rename the field total to amount in GET /v1/orders/{id}, which 40 partners call. What do you do?",
      choices = {
        { "Add amount next to total in v1, mark total deprecated, drop it only in /v2/", right = true,
          why = "Additive in v1 breaks nobody; partners move at their pace before v2 removes it." },
        { "Rename it in v1 and e-mail the partners the same day",
          why = "Every client that reads total breaks at once, whatever the e-mail says." },
        { "Send both names forever and never version",
          why = "Works for one field, but the API fills with duplicates and nothing can be cleaned up." },
      },
      explain = "Within a version, only add. Breaking changes go in a new version, announced with a deprecation "
        .. "date (a Deprecation or Sunset header helps), while the old one keeps running.",
    },
    apis_bank_pyd_1 = {
      kind = "code", skill = "pydantic", language = "python",
      prompt = "This Pydantic 2 model should refuse a quantity of 0 or less, but accepts -5. Which line is wrong?",
      code = [==[
from pydantic import BaseModel, field_validator

class OrderIn(BaseModel):
    quantity: int
    currency: str

    @field_validator("quantity")
    @classmethod
    def positive(cls, value: int) -> int:
        if value <= 0:
            ValueError("quantity must be > 0")
        return value
]==],
      answer = 11,
      why = {
        [11] = "The ValueError is made but never raised: add raise, and Pydantic turns it into a validation error.",
        [7] = "field_validator is the Pydantic 2 decorator (it replaced validator).",
        [8] = "Pydantic 2 validators are class methods.",
      },
      explain = "A validator refuses a value by raising ValueError (or AssertionError). For a simple bound, "
        .. "Annotated[int, Field(gt=0)] says the same without any code.",
    },
    apis_bank_fastapi_1 = {
      kind = "choice", skill = "fastapi",
      prompt = "A client POSTs {\"quantity\": \"many\"} to a FastAPI route whose body is OrderIn (quantity: int). What does it get back?",
      choices = {
        { "422 with a detail list naming quantity and why it failed", right = true,
          why = "FastAPI's default handler for RequestValidationError answers 422 with the errors." },
        { "400 Bad Request with no body",
          why = "FastAPI uses 422 for validation errors, and it always says what failed." },
        { "500, because int(\"many\") raises",
          why = "Validation happens before your function runs; nothing in it is called." },
        { "201 with quantity set to 0",
          why = "Pydantic never invents a value for an invalid one." },
      },
      explain = "Bad input never reaches the handler: FastAPI validates with Pydantic and answers 422 "
        .. "{\"detail\": [...]} with the location and message of each error.",
    },
  },
}
