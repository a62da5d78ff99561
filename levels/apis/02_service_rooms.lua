-- levels/apis/02_service_rooms.lua: the APIs and Microservices quest, level 2.
-- The orders service's room: a FastAPI app whose request body is a Pydantic
-- model. The player builds the model by carrying a type to each of its three
-- field slots (the quest's mechanic, lib/interchange.lua); then five real
-- request bodies fly from the clients to the service, and each comes back
-- 201 or 422, as FastAPI would answer with that model (Pydantic 2's lax
-- mode: "2" becomes 2, but 2 is not a str). Every answer must be the one
-- the order deserves.
-- Play order: Kenji (a Python refresher for those who come without it) ->
-- the Pydantic orb, the model board, the old Flask app -> the FastAPI orb, the three field
-- slots and the traffic -> the handler, the route, Kenji's Flask question
-- -> exit. Facts (Pydantic 2.13 run locally, FastAPI source): FACTS.md.

local function ix()
  return sq.module("interchange")
end

-- The five bodies sent to POST /v1/orders, and what each deserves.
local BODIES = {
  { text = "qty 2, EUR", quantity = 2, currency = "EUR", want = 201 },
  { text = "qty -3, EUR", quantity = -3, currency = "EUR", want = 422 },
  { text = "qty 1, BTC", quantity = 1, currency = "BTC", want = 422 },
  { text = "qty \"2\", USD, note", quantity = "2", currency = "USD", note = "gift", want = 201 },
  { text = "qty \"two\", EUR", quantity = "two", currency = "EUR", want = 422 },
}

-- Pydantic 2 in lax mode, for the types on offer. Returns nil when the body
-- is valid, or the reason it is not.
local function validate(model, b)
  local q = model.quantity
  if q == "str" then
    if type(b.quantity) ~= "string" then return "quantity: Input should be a valid string" end
  else
    local n = tonumber(b.quantity)
    if not n or n ~= math.floor(n) then return "quantity: Input should be a valid integer" end
    if q == "positive" and n <= 0 then return "quantity: Input should be greater than 0" end
  end
  if model.currency == "literal" and b.currency ~= "EUR" and b.currency ~= "USD" then
    return "currency: Input should be 'EUR' or 'USD'"
  end
  if model.note == "required" and b.note == nil then return "note: Field required" end
  return nil
end

local results = {}
local running = false
local run_id = 0
local asks = { Kenji = { { "apis_fastapi_3", "fastapi" } } }
local taught = {}
local right = {}
local awarded = false -- the mechanic's XP, once

local function panel()
  local lines = {}
  for i, b in ipairs(BODIES) do
    local r = results[i]
    if not r then
      lines[#lines + 1] = "#" .. i .. " " .. b.text .. ": -"
    elseif r == b.want then
      lines[#lines + 1] = { "#" .. i .. " " .. b.text .. ": " .. r, tone = "good" }
    else
      lines[#lines + 1] = { "#" .. i .. " " .. b.text .. ": " .. r .. " (wants " .. b.want .. ")", tone = "bad" }
    end
  end
  local n, total = ix().count_filled()
  lines[#lines + 1] = "Model fields set: " .. n .. " of " .. total
  sq.panel{ title = "POST /v1/orders", table.unpack(lines) }
end

local function model()
  return { quantity = ix().value("quantity"), currency = ix().value("currency"), note = ix().value("note") }
end

local function finish()
  running = false
  for i, b in ipairs(BODIES) do
    if results[i] ~= b.want then
      local why = validate(model(), b)
      local got = results[i]
      local say = got == 201 and ("Body #" .. i .. " (" .. b.text .. ") was accepted: 201, yet it should not be. "
        .. "A field's type lets it through.")
        or ("Body #" .. i .. " (" .. b.text .. ") got 422: " .. (why or "") .. ". But that order is fine.")
      sq.say("Orders service", say)
      return
    end
  end
  sq.goal("model right")
  if not awarded then
    awarded = true
    sq.xp(30)
  end
  sq.say("Kenji", "Five for five. The model is the contract: FastAPI checks every body against it and answers 422 "
    .. "with the reasons, before your function even runs.")
end

-- Sends the five bodies, one after another, from the clients to the service.
local function run()
  run_id = run_id + 1
  local this = run_id
  running = true
  results = {}
  panel()
  local fns = {}
  for i, b in ipairs(BODIES) do
    fns[#fns + 1] = function()
      ix().fly("clients", "orders service", function()
        if this ~= run_id then return end
        local m = model()
        results[i] = validate(m, b) and 422 or 201
        panel()
        ix().fly("orders service", "clients", nil, 10)
        if i == #BODIES then sq.after(0.5, function() if this == run_id then finish() end end) end
      end, 9)
    end
  end
  ix().sequence(fns, 0.6)
end

return {
  format = 1,
  id = "apis.service_rooms",
  quest = "apis",
  title = "The Service Rooms",
  brief = "The orders service is moving to FastAPI. Its request body is a Pydantic model, and the "
    .. "model is not finished. Talk to Kenji first; {hint} gives a hint.",
  music = "apis_interchange",
  -- Python comes from the Web quest (Kenji teaches it again to anyone who
  -- comes without it); REST from level 1.
  requires = { "python", "rest_apis" },

  behaviours = {
    terminal = {
      sprite = "terminal", frames = 2, rate = 40, size = { 14, 12 }, offset = { -1, -4 }, solid = true,
      on_interact = function(self)
        if self.props.text then sq.say(self.props.speaker or "Sign", self.props.text) end
        sq.ask({ self.props.quiz, self.props.more })
      end,
    },
    typecard = {
      sprite = "token_card_blue", solid = true, size = { 12, 12 },
      on_spawn = function(self) ix().token_spawned(self) end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    field = {
      sprite = "slot", solid = true,
      on_spawn = function(self) ix().slot_spawned(self) end,
      on_place = function(self, token) return ix().place(self, token) end,
      on_take = function(self, token) ix().take(self, token) end,
      on_interact = function(self) sq.say("OrderIn." .. self.props.slot, self.props.text) end,
    },
    room = {
      sprite = "server_rack", solid = true,
      on_spawn = function(self) ix().named(self); sq.set_label(self.id, self.props.label, true) end,
      on_interact = function(self) sq.say(self.name, self.props.text) end,
    },
    client = {
      sprite = "apis_turnstile", solid = true,
      on_spawn = function(self) ix().named(self); sq.set_label(self.id, "clients", true) end,
      on_interact = function(self)
        sq.say("Clients", "Five orders are ready to send to POST /v1/orders as soon as the model is complete.")
      end,
    },
    marker = { hidden = true },
    msg = { sprite = "message_orb", frames = 4, rate = 6, size = { 8, 8 }, offset = { -4, -6 } },
  },

  map = {
    theme = "apis",
    legend = {
      K = { type = "mentor", name = "Kenji", dialogue = "kenji", look = "kenji", facing = "down" },
      V = { type = "review", name = "review desk" },
      C = { type = "client", name = "clients" },
      O = { type = "room", name = "orders service", label = "orders service\n(FastAPI)",
            text = "uvicorn main:app. POST /v1/orders takes an OrderIn body; the docs are at /docs." },
      p = { type = "skill", name = "pydantic orb", skill = "pydantic" },
      f = { type = "skill", name = "fastapi orb", skill = "fastapi" },
      B = { type = "terminal", name = "model board", speaker = "models.py",
            text = "class OrderIn(BaseModel): quantity, currency and note. A field's type is its rule.",
            quiz = "apis_pyd_1", more = "apis_pyd_2" },
      H = { type = "terminal", name = "handler", speaker = "main.py",
            text = "Customers say an order in BTC came back 201 Created, yet no order was made.",
            quiz = "apis_fastapi_1" },
      L = { type = "terminal", name = "old flask app", speaker = "app.py (Flask, before the move)",
            text = "The orders route as it runs today, on Flask 3. Half of it is missing from the printout.",
            quiz = "apis_flask_1" },
      R = { type = "terminal", name = "route", speaker = "main.py",
            text = "A new endpoint: create an order from the request body, and answer 201 Created.",
            quiz = "apis_fastapi_2" },
      ["1"] = { type = "field", name = "quantity field", slot = "quantity", label = "quantity:",
                text = "How many: a whole number, and more than none." },
      ["2"] = { type = "field", name = "currency field", slot = "currency", label = "currency:",
                text = "We take EUR and USD, nothing else." },
      ["3"] = { type = "field", name = "note field", slot = "note", label = "note:",
                text = "A gift note. Most orders have none." },
      a = { type = "typecard", name = "int", field = "quantity", value = "int", label = "int" },
      b = { type = "typecard", name = "positive int", field = "quantity", value = "positive",
            label = "int,\nField(gt=0)", shown = "int, gt=0" },
      c = { type = "typecard", name = "quantity str", field = "quantity", value = "str", label = "str" },
      d = { type = "typecard", name = "currency str", field = "currency", value = "str", label = "str" },
      e = { type = "typecard", name = "literal", field = "currency", value = "literal",
            label = "Literal[\n\"EUR\",\"USD\"]", shown = "EUR or USD" },
      g = { type = "typecard", name = "note str", field = "note", value = "required", label = "str" },
      h = { type = "typecard", name = "optional note", field = "note", value = "optional",
            label = "str | None\n= None", shown = "str | None" },
      Z = { type = "marker", name = "model right" },
      q = { type = "prop", sprite = "apis_departure_board" },
      k = { type = "prop", sprite = "apis_counter" },
      u = { type = "prop", sprite = "apis_tube" },
    },
    rows = {
      "###############E########################",
      "#q.....B.........L.............H....R..#",
      "#......................................#",
      "#..........K...........................#",
      "#.......p..............f...............#",
      "#......................................#",
      "#..C......1.......2.......3.........O..#",
      "#......................................#",
      "#......................................#",
      "#Z..a.....b.....c......................#",
      "#......................................#",
      "#......................................#",
      "#...d.....e.....g.....h................#",
      "#......................................#",
      "#u.@...............k.k.............V..u#",
      "########################################",
    },
  },

  dialogue = {
    kenji = {
      { "Kenji Watanabe, backend developer", "Hi! I'm moving the orders service from Flask to FastAPI. "
        .. "In FastAPI you declare the request body as a Pydantic model, and the framework does the checking." },
      "Carry a type to each of OrderIn's three fields: quantity, currency and note. A type is a rule: "
        .. "a body that breaks it never reaches our code, and the client gets 422 with the reasons.",
      "As soon as all three are set, five real orders come in from the clients. Each must get the answer "
        .. "it deserves: 201 for a good order, 422 for a bad one. The panel keeps score.",
      "The Pydantic orb is below me, the FastAPI orb in the middle. Take the FastAPI one and come "
        .. "back: I have a Flask or FastAPI question for you.",
    },
  },

  exercises = {
    apis_python_1 = {
      kind = "choice", skill = "python",
      prompt = "def total(qty: int) -> int: ... What does Python itself do with these hints when total(\"3\") is called?",
      choices = {
        { "Nothing: hints are not checked at run time; tools and libraries read them", right = true,
          why = "Python stores hints in __annotations__; mypy, Pydantic and FastAPI are what use them." },
        { "It raises TypeError because \"3\" is not an int",
          why = "Plain Python never enforces hints; that is why Pydantic exists." },
        { "It converts \"3\" to 3",
          why = "Conversion is what Pydantic's lax mode does, not Python." },
      },
      explain = "Type hints are documentation that tools can read. Pydantic turns them into validation "
        .. "rules, and FastAPI into request parsing and API docs.",
    },
    apis_pyd_1 = {
      kind = "fill", skill = "pydantic", language = "python",
      prompt = "Validate a payload with Pydantic 2 and get a plain dict back.",
      code = [==[
from pydantic import BaseModel, ValidationError

class OrderIn(BaseModel):
    quantity: int
    currency: str

try:
    order = OrderIn.{1}(payload)
except ValidationError as err:
    print(err.errors())
else:
    row = order.{2}()
]==],
      blanks = {
        { options = { "model_validate", "parse_obj", "validate_json" }, answer = 1,
          why = { "Pydantic 2's way to validate a dict (model_validate_json takes a JSON string).",
                  "The Pydantic 1 name: deprecated in 2.0, it warns and will go in 3.0.",
                  "No such class method; model_validate_json is the one for JSON text." } },
        { options = { "model_dump", "dict", "to_dict" }, answer = 1,
          why = { "Pydantic 2's way to get a dict (model_dump_json gives JSON text).",
                  "The Pydantic 1 name: deprecated since 2.0.",
                  "Not a Pydantic method at all." } },
      },
      explain = "Pydantic 2 put its API under model_: model_validate, model_validate_json, model_dump, "
        .. "model_dump_json, model_config. The 1.x names still run, with a deprecation warning.",
    },
    apis_pyd_2 = {
      kind = "choice", skill = "pydantic",
      prompt = "OrderIn has quantity: int. What does OrderIn.model_validate({\"quantity\": \"2\", \"currency\": \"USD\"}) give?",
      choices = {
        { "An OrderIn with quantity == 2, an int", right = true,
          why = "In the default lax mode, a string that is a whole number is converted." },
        { "A ValidationError: \"2\" is a string",
          why = "Only in strict mode (strict=True or model_config = ConfigDict(strict=True))." },
        { "An OrderIn with quantity == \"2\", a string",
          why = "Pydantic returns the declared type: the value is converted, not kept as sent." },
        { "quantity == 2.0, a float",
          why = "The field is int, so the result is an int; 2.5 would be refused." },
      },
      explain = "Lax mode converts where it is unambiguous (\"2\" to 2) and refuses the rest (\"two\", 2.5). "
        .. "Strict mode accepts only the exact type.",
    },
    apis_fastapi_1 = {
      kind = "code", skill = "fastapi", language = "python",
      prompt = "An order in BTC comes back 201 Created, yet no order was made. Which line is wrong?",
      code = [==[
from typing import Annotated
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()

class OrderIn(BaseModel):
    quantity: Annotated[int, Field(gt=0)]
    currency: str

@app.post("/v1/orders", status_code=201)
def create_order(order: OrderIn):
    if order.currency not in ("EUR", "USD"):
        return {"error": "unknown currency"}
    return save(order)

@app.get("/v1/orders/{order_id}")
def read_order(order_id: int):
    order = find(order_id)
    if order is None:
        raise HTTPException(status_code=404)
    return order
]==],
      answer = 14,
      why = {
        [14] = "Returning a dict sends it with the route's status, 201: an error dressed as success.",
        [11] = "status_code=201 is right for the orders that are created.",
        [21] = "Raising HTTPException is how FastAPI answers an error; 404 fits here.",
        [9] = "A plain str lets BTC in, but the bug is the answer sent: the route still says 201.",
      },
      explain = "Make the model refuse it (currency: Literal[\"EUR\", \"USD\"] gives a 422 with the reason) "
        .. "or raise HTTPException(status_code=422, detail=...). Never return an error body with a success code.",
    },
    apis_fastapi_2 = {
      kind = "fill", skill = "fastapi", language = "python",
      prompt = "Create an order from the JSON body and answer 201 Created.",
      code = [==[
app = FastAPI()

@app.{1}("/v1/orders", status_code={2})
async def create_order(order: {3}) -> OrderOut:
    saved = await repo.add(order.model_dump())
    return OrderOut(**saved)
]==],
      blanks = {
        { options = { "post", "get", "put" }, answer = 1,
          why = { "POST to the collection creates a new order.",
                  "GET reads and has no body to create from.",
                  "PUT replaces a known resource, such as /v1/orders/7." } },
        { options = { "201", "200", "204" }, answer = 1,
          why = { "201 Created: a new resource exists.",
                  "FastAPI's default, but less specific than 201 for a creation.",
                  "204 sends no body, and we return the new order." } },
        { options = { "OrderIn", "dict", "Request" }, answer = 1,
          why = { "A Pydantic model parameter is read from the JSON body and validated.",
                  "A dict body is parsed but nothing in it is checked.",
                  "The raw request: you would parse and validate it yourself." } },
      },
      explain = "A parameter typed with a Pydantic model is the request body. FastAPI validates it (422 on failure), "
        .. "the return annotation filters the response, and both appear in the OpenAPI docs at /docs.",
    },
    apis_flask_1 = {
      kind = "fill", skill = "api_design", language = "python",
      prompt = "The old Flask 3 route, before the move. Complete it: 201 with the new order, 422 for a bad quantity.",
      code = [==[
from flask import Flask, request

app = Flask(__name__)

@app.{1}("/v1/orders")
def create_order():
    data = request.{2}()
    if data.get("quantity", 0) <= 0:
        return {"error": "quantity must be > 0"}, 422
    order = save(data)
    return order, {3}
]==],
      blanks = {
        { options = { "post", "get", "put" }, answer = 1,
          why = { "@app.post (Flask 2.0 and later) routes POST only: creating in a collection.",
                  "GET would read; a browser or a crawler could create orders by visiting the URL.",
                  "PUT replaces a known resource, such as /v1/orders/8." } },
        { options = { "get_json", "form.to_dict", "args.to_dict" }, answer = 1,
          why = { "Parses the JSON body: 400 if it is not JSON, 415 if the Content-Type is not JSON.",
                  "request.form holds an HTML form's fields, not a JSON body.",
                  "request.args is the query string." } },
        { options = { "201", "200" }, answer = 1,
          why = { "A dict and a status: Flask sends the dict as JSON with 201 Created.",
                  "Works, but says less than 201 about what happened." } },
      },
      explain = "Flask turns a returned dict into JSON, and a (body, status) tuple sets the code. Every check is "
        .. "yours to write, which is what FastAPI's Pydantic models take over.",
    },
    apis_fastapi_3 = {
      kind = "choice", skill = "fastapi", scenario = true,
      prompt = "A new JSON API for the mobile app needs typed validation of every body and published OpenAPI docs, with few extra libraries. Which would you choose?",
      choices = {
        { "FastAPI: Pydantic models validate the bodies and /docs is generated", right = true,
          why = "Validation, 422 errors and OpenAPI all come from the type hints you already write." },
        { "Flask, keeping each user's cart in Flask's default session",
          why = "That session is a signed cookie the client can read (not encrypted), under 4 KB; no validation either." },
        { "Flask with hand-written if-checks on request.get_json()",
          why = "Works, but every rule and every doc page is code you write and keep in sync by hand." },
      },
      explain = "Flask is a fine, small framework, and extensions add validation and OpenAPI. FastAPI builds "
        .. "both in, on Pydantic, which suits a typed JSON API.",
    },
  },

  hints = {
    "Kenji stands near the model board: walk next to him and press {confirm}.",
    "Carry one type to each field slot: quantity, currency, note. The five orders then come in.",
    "Look at the panel: a 201 that should be 422 means a type lets a bad value through.",
    "The old Flask app, the handler and the route are on the north wall.",
  },

  goals = {
    { talk = "Kenji", text = "Talk to Kenji",
      hint = "Kenji stands just below the model board: press {confirm} next to him." },
    { collect = "pydantic", text = "Hold Pydantic",
      hint = "Take the Pydantic orb below Kenji, then use the model board." },
    { collect = "fastapi", text = "Hold FastAPI",
      hint = "Take the FastAPI orb, then use the route or the handler on the north wall." },
    { reach = "model right", text = "Five orders, five right answers",
      hint = "quantity must be a positive int, currency EUR or USD only, and note may be left out." },
    { answer = "apis_flask_1", text = "Read the old Flask route",
      hint = "The old Flask app on the north wall: method, body, status." },
    { answer = "apis_fastapi_1", text = "Fix the 201 that lies",
      hint = "The handler on the north wall: which line answers an error with a success code?" },
  },

  grants = { xp = 70 },

  on_start = function()
    ix().setup{
      accept = function(slot, card)
        if card.field ~= slot.key then
          return false, "That type belongs to the " .. card.field .. " field."
        end
        if running then return false, "Wait: the orders are still coming in." end
        return true
      end,
      placed = function()
        panel()
        if ix().filled() then sq.after(0.5, run) end
      end,
      taken = function()
        run_id = run_id + 1
        running = false
        results = {}
        panel()
      end,
    }
    panel()
  end,

  on_update = function(dt)
    ix().update(dt)
  end,

  on_collect = function(skill)
    taught[skill] = true
    sq.xp(10)
  end,

  on_interact = function(e)
    if e.name == "Kenji" and not sq.has_skill("python") and not right.apis_python_1 then
      sq.grant("python")
      sq.say("Kenji", "Before FastAPI, one thing about Python's type hints, since everything here builds on them:")
      sq.ask("apis_python_1")
      return
    end
    local list = {}
    for _, a in ipairs(asks[e.name] or {}) do
      if not right[a[1]] and (taught[a[2]] or sq.has_skill(a[2])) then list[#list + 1] = a[1] end
    end
    if #list > 0 then sq.ask(list) end
  end,

  on_answer = function(id, correct)
    if correct and not right[id] then
      right[id] = true
      sq.xp(10)
    end
  end,
}
