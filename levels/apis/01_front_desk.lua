-- levels/apis/01_front_desk.lua: the APIs and Microservices quest, level 1.
-- The Interchange's front desk: eight requests wait at their counters, and
-- the player answers each one by carrying the right status card to it (the
-- quest's mechanic, lib/interchange.lua). A wrong card is refused with what
-- that code means. Amara teaches REST and API design: methods on resources,
-- the most specific status code, pagination and versioning.
-- Play order: Amara -> the REST orb, the method board -> the eight counters
-- -> the design orb, the status wall, the pagination note, the changelog ->
-- exit. Facts (RFC 9110 status codes, RFC 8288 Link): FACTS.md.

local function ix()
  return sq.module("interchange")
end

-- What each status card says, shown when it is offered to the wrong request.
local MEANS = {
  ["201"] = "201 Created says a new resource now exists.",
  ["204"] = "204 No Content: it worked, and there is no body.",
  ["400"] = "400: the request itself is malformed.",
  ["401"] = "401: no valid credentials came with it.",
  ["403"] = "403: we know who you are, and you may not.",
  ["404"] = "404: nothing lives at that path.",
  ["409"] = "409: it clashes with the state of the resource.",
  ["422"] = "422: well-formed, but the content breaks the rules.",
}

local answered = 0
local asks = { Amara = { { "apis_rest_2", "rest_apis" } } }
local taught = {}
local right = {}
local awarded = false -- the mechanic's XP, once

local function panel()
  sq.panel{
    title = "Front desk",
    ix().bar("Answered: " .. answered .. " of 8", answered / 8, answered == 8 and "good" or nil),
    "Carry a card to a request.",
  }
end

return {
  format = 1,
  id = "apis.front_desk",
  quest = "apis",
  title = "The Front Desk",
  brief = "Welcome to the Interchange, where every service has a room and every request a counter. "
    .. "Eight requests are waiting for an answer. Talk to Amara first; {hint} gives a hint.",
  music = "apis_interchange",

  behaviours = {
    terminal = {
      sprite = "terminal", frames = 2, rate = 40, size = { 14, 12 }, offset = { -1, -4 }, solid = true,
      on_interact = function(self)
        if self.props.text then sq.say(self.props.speaker or "Sign", self.props.text) end
        sq.ask({ self.props.quiz, self.props.more })
      end,
    },
    card = {
      sprite = "token_card_yellow", solid = true, size = { 12, 12 },
      on_spawn = function(self) ix().token_spawned(self) end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    counter = {
      sprite = "slot", solid = true,
      on_spawn = function(self) ix().slot_spawned(self) end,
      on_place = function(self, token) return ix().place(self, token) end,
      on_take = function(self, token) ix().take(self, token) end,
      on_interact = function(self) sq.say(self.props.label:gsub("\n", " "), self.props.text) end,
    },
    client = {
      sprite = "apis_turnstile", solid = true,
      on_spawn = function(self) ix().named(self); sq.set_label(self.id, "clients", true) end,
      on_interact = function(self)
        sq.say("Clients", "Apps, partners and scripts wait here for their answers. Each reads the status code first.")
      end,
    },
    marker = { hidden = true },
    msg = { sprite = "message_orb", frames = 4, rate = 6, size = { 8, 8 }, offset = { -4, -6 } },
  },

  map = {
    theme = "apis",
    legend = {
      M = { type = "mentor", name = "Amara", dialogue = "amara", look = "amara", facing = "down" },
      V = { type = "review", name = "review desk" },
      C = { type = "client", name = "clients" },
      r = { type = "skill", name = "rest orb", skill = "rest_apis" },
      s = { type = "skill", name = "design orb", skill = "api_design" },
      T = { type = "terminal", name = "method board", speaker = "Method board",
            text = "A URL names a resource; the method says what to do with it. GET reads, POST creates "
              .. "in a collection, PUT replaces, PATCH changes part, DELETE removes.",
            quiz = "apis_rest_1" },
      W = { type = "terminal", name = "status wall", speaker = "Status wall",
            text = "More codes a client must handle: 409 Conflict, 422 Unprocessable Content, "
              .. "429 Too Many Requests, 503 Service Unavailable.",
            quiz = "apis_design_1" },
      P = { type = "terminal", name = "pagination note", speaker = "Pagination note",
            text = "GET /v1/orders has 2 million rows and grows by 300 a minute. No client wants them all at once.",
            quiz = "apis_design_2" },
      L = { type = "terminal", name = "changelog", speaker = "CHANGELOG.md",
            text = "Friday's deploy changed GET /v1/orders/{id}. On Monday, three partners' apps crashed.",
            quiz = "apis_design_3" },
      ["1"] = { type = "counter", name = "counter 1", slot = "r1", want = "201",
                label = "POST\n{valid}",
                text = "POST /v1/orders with a complete, valid order. The service stored it as order 8." },
      ["2"] = { type = "counter", name = "counter 2", slot = "r2", want = "204",
                label = "DELETE\n/orders/7",
                text = "DELETE /v1/orders/7: the order is deleted, and there is nothing to send back." },
      ["3"] = { type = "counter", name = "counter 3", slot = "r3", want = "404",
                label = "GET\norder 999",
                text = "GET /v1/orders/999: there is no order 999, and there never was." },
      ["4"] = { type = "counter", name = "counter 4", slot = "r4", want = "400",
                label = "POST\n{\"qty\":2,",
                text = "POST /v1/orders with the body {\"qty\": 2, and nothing more: it is not JSON at all." },
      ["5"] = { type = "counter", name = "counter 5", slot = "r5", want = "422",
                label = "POST\n{\"qty\":-1}",
                text = "POST /v1/orders with {\"qty\": -1}: valid JSON, but a quantity of -1 breaks the order's rules." },
      ["6"] = { type = "counter", name = "counter 6", slot = "r6", want = "401",
                label = "GET\nno token",
                text = "GET /v1/orders with no Authorization header at all: we do not know who asks." },
      ["7"] = { type = "counter", name = "counter 7", slot = "r7", want = "403",
                label = "DELETE\nas reader",
                text = "DELETE /v1/users/3 with a valid token, of a user who may only read." },
      ["8"] = { type = "counter", name = "counter 8", slot = "r8", want = "409",
                label = "POST user\nemail used",
                text = "POST /v1/users: another account already has this e-mail address, which must be unique." },
      a = { type = "card", name = "card 201", value = "201", label = "201" },
      b = { type = "card", name = "card 204", value = "204", label = "204" },
      c = { type = "card", name = "card 400", value = "400", label = "400" },
      d = { type = "card", name = "card 401", value = "401", label = "401" },
      e = { type = "card", name = "card 403", value = "403", label = "403" },
      f = { type = "card", name = "card 404", value = "404", label = "404" },
      g = { type = "card", name = "card 409", value = "409", label = "409" },
      h = { type = "card", name = "card 422", value = "422", label = "422" },
      Z = { type = "marker", name = "desk answered" },
      q = { type = "prop", sprite = "apis_departure_board" },
      k = { type = "prop", sprite = "apis_counter" },
      u = { type = "prop", sprite = "apis_tube" },
    },
    rows = {
      "###########################E#############",
      "#q.....q.....q.....q....#....T...W......#",
      "#.......................#...............#",
      "#.......................#.......M.......#",
      "#..1.....2.....3.....4..#...............#",
      "#.......................#..r.........s..#",
      "#.......................#...............#",
      "#.......................................#",
      "#..5.....6.....7.....8..#...............#",
      "#.......................#...............#",
      "#Z......................#...............#",
      "#.a..b..c..d..e..f..g..h#..P.........L..#",
      "#.......................#...............#",
      "#u.@..........C.........#V.....k.k.....u#",
      "#########################################",
    },
  },

  dialogue = {
    amara = {
      { "Amara Okafor, API lead", "Welcome to the Interchange! Every service has a room here, and "
        .. "every request a counter. I look after how they all talk: the API." },
      "A REST API names resources with URLs, /v1/orders/7, and lets the HTTP method say what to do. "
        .. "The answer starts with a status code, and clients act on it before reading anything else.",
      "Eight requests wait at the counters on the west side. Carry the right status card to each: "
        .. "{confirm} next to a card picks it up, {confirm} next to a counter offers it.",
      "The REST orb is by me, and the design orb across the hall. Take the REST orb and come back: "
        .. "I have a question about naming URLs for you.",
    },
  },

  exercises = {
    apis_rest_1 = {
      kind = "fill", skill = "rest_apis", language = "http",
      prompt = "Complete each request so it does what its comment says.",
      code = [==[
# list the open orders
{1} /v1/orders?status=open
# replace order 7 with the body sent
{2} /v1/orders/7
# change only order 7's address
{3} /v1/orders/7
]==],
      blanks = {
        { options = { "GET", "POST", "PATCH" }, answer = 1,
          why = { "GET reads, and the query string filters the collection.",
                  "POST to a collection creates a new member.",
                  "PATCH changes a resource; it does not list anything." } },
        { options = { "PUT", "POST", "PATCH" }, answer = 1,
          why = { "PUT replaces the resource with the body: repeat it and the result is the same.",
                  "POST to an item is not a replace; it usually means an action.",
                  "PATCH changes part of it; replacing the whole order is PUT." } },
        { options = { "PATCH", "PUT", "DELETE" }, answer = 1,
          why = { "PATCH sends only the fields that change.",
                  "PUT would need the whole order, or it wipes the fields left out.",
                  "DELETE removes the order instead of changing it." } },
      },
      explain = "GET reads, POST creates in a collection, PUT replaces, PATCH changes part, DELETE removes. "
        .. "GET, PUT and DELETE are idempotent: sending one twice leaves the same state.",
    },
    apis_rest_2 = {
      kind = "choice", skill = "rest_apis", scenario = true,
      prompt = "The mobile app needs the orders of customer 42. Which endpoint would you add?",
      choices = {
        { "GET /v1/customers/42/orders", right = true,
          why = "Nouns for resources, the method for the action: readable, cacheable, predictable." },
        { "GET /v1/getOrdersForCustomer?id=42",
          why = "A verb in the URL repeats what GET already says, and every action gets its own URL." },
        { "POST /v1/orders/search with {\"customer\": 42}",
          why = "A read sent as POST is not cacheable or safe to retry; keep POST for creating." },
        { "GET /v1/orders/list/customer/42",
          why = "'list' is an action, and the path no longer reads as resource, then member." },
      },
      explain = "Name resources with plural nouns and nest only a clear ownership: /customers/42/orders. "
        .. "Filters that are not ownership go in the query string: /v1/orders?customer=42.",
    },
    apis_design_1 = {
      kind = "sort", skill = "api_design",
      prompt = "Which status code should the API answer in each case?",
      bins = { "409 Conflict", "422 Unprocessable", "429 Too Many", "503 Unavailable" },
      items = {
        { "Client sent 300 requests this minute; 100 allowed", bin = 3,
          why = "Rate limited: 429, ideally with Retry-After saying when to come back." },
        { "Database down for 5 minutes of maintenance", bin = 4,
          why = "The server cannot answer now but will: 503, with Retry-After if known." },
        { "Signing up with a username someone already has", bin = 1,
          why = "The request clashes with existing state: a unique name is taken." },
        { "Valid JSON, but the delivery date is in the past", bin = 2,
          why = "The syntax is fine, the content breaks a rule: 422." },
        { "Booking a seat that was just sold to someone else", bin = 1,
          why = "The request clashes with the resource's current state: 409." },
        { "An email field that holds a phone number", bin = 2,
          why = "Well-formed JSON, invalid content: 422 (FastAPI sends it for every validation error)." },
      },
      explain = "4xx says the client must change something; 5xx says the server failed. 429 and 503 are "
        .. "the two a client should retry later, after the Retry-After header if it is there.",
    },
    apis_design_2 = {
      kind = "choice", skill = "api_design", scenario = true,
      prompt = "GET /v1/orders covers 2 million orders and gains 300 a minute. How should clients page through it?",
      choices = {
        { "A cursor: ?limit=50&after=<last id>, with the next link in the response", right = true,
          why = "Each page starts after the last row seen: no skips or repeats while rows arrive, fast at any depth." },
        { "?page=40000&per_page=50, counted with OFFSET",
          why = "New rows shift every page, so items repeat or vanish, and a deep OFFSET scans all rows before it." },
        { "Return everything; clients filter what they need",
          why = "Megabytes per call, timeouts, and the database reads 2 million rows every time." },
        { "?limit= as large as the client likes",
          why = "Without a maximum page size one client can still ask for everything." },
      },
      explain = "Cursor (keyset) pagination suits large, growing lists; offset pages are fine for small, "
        .. "stable ones. Cap the page size and give the next page's link (a field, or a Link header, RFC 8288).",
    },
    apis_design_3 = {
      kind = "code", skill = "api_design", language = "json",
      prompt = "Friday's deploy of GET /v1/orders/7 broke partners' apps. Which line of the new response broke them?",
      code = [==[
{
  "id": 7,
  "status": "open",
  "total": "19.90",
  "currency": "EUR",
  "created_at": "2026-12-04T09:30:00Z",
  "gift_note": null
}
]==],
      answer = 4,
      why = {
        [4] = "total was the number 19.90 and is now a string: every client doing maths on it breaks.",
        [7] = "A new field is additive: well-behaved clients ignore fields they do not know.",
        [6] = "An ISO 8601 timestamp, as before.",
      },
      explain = "Within a version, only add. Changing a field's type or name, or removing it, is a breaking "
        .. "change: ship it as /v2/ (or a new dated version), keep /v1/ running and announce its end.",
    },
  },

  hints = {
    "Amara stands in the east hall: walk next to her and press {confirm}.",
    "Carry each status card to the request it answers. A refused card says what its code means.",
    "401: no credentials. 403: credentials, but not allowed. 400: broken JSON. 422: valid JSON, bad values.",
    "The terminals in the east hall ask about design: codes, pagination, versions.",
  },

  goals = {
    { talk = "Amara", text = "Talk to Amara",
      hint = "Amara stands in the east hall: press {confirm} next to her." },
    { collect = "rest_apis", text = "Hold REST APIs",
      hint = "Take the REST orb near Amara, then answer her or the method board." },
    { reach = "desk answered", text = "Answer all eight requests",
      hint = "Carry a status card to each counter in the west hall: {confirm} picks up, {confirm} offers." },
    { collect = "api_design", text = "Hold API design",
      hint = "Take the design orb in the east hall, then use the status wall or the pagination note." },
    { answer = "apis_design_3", text = "Find what broke the partners",
      hint = "The changelog in the east hall: which change is not additive?" },
  },

  grants = { xp = 60 },

  on_start = function()
    ix().setup{
      accept = function(slot, card)
        if card.value ~= slot.props.want then
          return false, "Not for this one. " .. (MEANS[card.value] or "")
        end
        return true
      end,
      placed = function(slot)
        answered = answered + 1
        panel()
        ix().fly(slot.id, "clients", nil, 10)
        if answered == 8 then
          sq.goal("desk answered")
          if not awarded then
            awarded = true
            sq.xp(30)
          end
          sq.after(0.8, function()
            sq.say("Amara", "Eight answers, each the most specific code. A client can act on a 201 or a 409 "
              .. "without parsing an error message, and that is half of good API design.")
          end)
        end
      end,
      taken = function()
        answered = answered - 1
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
