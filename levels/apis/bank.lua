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
    apis_bank_design_2 = {
      kind = "choice", skill = "api_design",
      prompt = "Your payments API honours Idempotency-Key. A client sends a key it used an hour ago, but with a different amount. What should the API answer?",
      choices = {
        { "422: that key belongs to a different payload", right = true,
          why = "The IETF Idempotency-Key draft answers a reused key with another payload with 422." },
        { "409 Conflict",
          why = "The draft keeps 409 for a retry that arrives while the first request is still running." },
        { "The first request's saved response",
          why = "That is for a true retry, the same payload; this is a different payment." },
        { "A new charge with the new amount",
          why = "Then the key protects nothing: reusing one by mistake would charge silently." },
      },
      explain = "A server stores each key with a fingerprint of its request: same key and same payload gets the "
        .. "saved answer, same key and a different payload gets 422, a key still in flight gets 409.",
    },
    apis_bank_auth_1 = {
      kind = "choice", skill = "api_auth", scenario = true,
      prompt = "Partners call your API with API keys. How would you store and accept them?",
      choices = {
        { "Store only a hash, show each key once, accept it in a header", right = true,
          why = "A leaked database reveals no keys, and headers stay out of URLs and their logs." },
        { "Store keys in plain text so support can read them out",
          why = "One database leak hands every partner's key to the attacker." },
        { "Accept them in the query string: ?api_key=...",
          why = "URLs end up in server logs, proxies and browser history." },
      },
      explain = "Treat API keys like passwords: random, stored hashed, shown once, sent only over HTTPS in a "
        .. "header, and easy to rotate and revoke.",
    },
    apis_bank_jwt_1 = {
      kind = "sort", skill = "jwt",
      prompt = "Anyone holding a JWT can base64-decode its payload. Which claims belong in one?",
      bins = { "Fine in the payload", "Never in the payload" },
      items = {
        { "sub: the user's id", bin = 1, why = "Identifies the user; not a secret." },
        { "exp: the expiry time", bin = 1, why = "Needed to refuse old tokens." },
        { "aud: orders-api", bin = 1, why = "Says which API the token is for." },
        { "The user's password hash", bin = 2, why = "Readable by anyone who sees the token." },
        { "A card number", bin = 2, why = "The payload is encoded, not encrypted." },
        { "The signing secret", bin = 2, why = "With it anyone can mint tokens." },
      },
      explain = "A signed JWT (JWS) protects integrity, not confidentiality. Keep claims to what the API needs "
        .. "and may be seen; an encrypted JWT (JWE) is a different, rarer tool.",
    },
    apis_bank_ms_1 = {
      kind = "choice", skill = "microservices",
      prompt = "Which header does OpenTelemetry propagate by default to carry a trace from one service to the next?",
      choices = {
        { "traceparent, from the W3C Trace Context standard", right = true,
          why = "The default propagators are W3C Trace Context and W3C Baggage." },
        { "X-Request-ID",
          why = "A common convention for one id, but it carries no parent span and no standard." },
        { "X-B3-TraceId",
          why = "Zipkin's B3 headers: OpenTelemetry supports them, but only when configured." },
      },
      explain = "traceparent carries the trace id and the calling span's id, so every service's spans join one "
        .. "trace; any tracing vendor that speaks W3C Trace Context can read it.",
    },
    apis_bank_mq_1 = {
      kind = "sort", skill = "message_queues",
      prompt = "Should checkout's web request wait for each of these, or hand it to a queue?",
      bins = { "Queue it", "Wait for it" },
      items = {
        { "Send the receipt e-mail", bin = 1, why = "The customer does not need it before the page loads." },
        { "Resize the product photos just uploaded", bin = 1, why = "Slow work, fine a few seconds later." },
        { "Update the search index after a price change", bin = 1, why = "Eventual is fine; retries help." },
        { "Authorise the card before confirming the order", bin = 2, why = "The answer decides what the customer sees." },
        { "Check the item is in stock before accepting it", bin = 2, why = "The order depends on it now." },
      },
      explain = "Queue what can happen after the answer; wait only for what the answer depends on. Queued work "
        .. "needs idempotent workers, because delivery is at least once.",
    },
  },
}
