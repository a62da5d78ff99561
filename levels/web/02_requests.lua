-- levels/web/02_requests.lua: the Web Development quest, level 2.
-- Requests and data: HTTP methods and status codes, JSON, and REST APIs.
-- Play order: rack maze (HTTP orb) -> the corridor's request terminal (HTTP
-- held) -> data room (gate: HTTP; JSON orb, Lee and the JSON terminal) ->
-- API lab (gate: JSON; REST orb, Priya and the REST terminal, the exit).
-- Facts (RFC 9110, RFC 5789 PATCH, RFC 8259 JSON): levels/web/FACTS.md.

-- A terminal asks its quiz, then the exercise named by `more`.
local function ask_all(self)
  sq.ask({ self.props.quiz, self.props.more })
end

-- Who asks what after their talk, until it is answered right.
local asks = { Ken = { "web_http_7" }, Lee = { "web_json_2" }, Priya = { "web_rest_apis_2" } }
local right = {}

return {
  format = 1,
  id = "web.requests",
  quest = "web",
  title = "HTTP, JSON and REST",
  brief = "Browsers and apps ask, your API answers. Learn how: HTTP requests and status codes, "
    .. "data as JSON, and REST APIs. Talk to Ken first. {confirm} talks, {hint} gives a hint.",
  music = "music_hub",

  behaviours = {
    terminal = {
      sprite = "terminal", frames = 2, rate = 40, size = { 14, 12 }, offset = { -1, -4 }, solid = true,
      on_interact = ask_all,
    },
  },

  map = {
    legend = {
      M = { type = "mentor", name = "Ken", dialogue = "ken" },
      V = { type = "review", name = "review desk" },
      L = { type = "npc", name = "Lee", dialogue = "lee" },
      Q = { type = "npc", name = "Priya", dialogue = "priya" },
      G = { type = "gate", name = "data room gate", requires = "http" },
      H = { type = "gate", name = "api lab gate", requires = "json" },
      T = { type = "terminal", name = "json terminal", quiz = "web_json_1", more = "web_json_3",
            tile = "bookshelf" },
      U = { type = "terminal", name = "rest terminal", quiz = "web_rest_apis_1", more = "web_rest_apis_3",
            tile = "server_rack" },
      W = { type = "terminal", name = "request terminal", quiz = "web_http_3" },
      ["1"] = { type = "skill", name = "http orb", skill = "http" },
      ["2"] = { type = "skill", name = "json orb", skill = "json" },
      ["5"] = { type = "skill", name = "rest orb", skill = "rest_apis" },
      b = { type = "bug", dir = "h", speed = 2.5 },
      v = { type = "bug", dir = "v", speed = 2.5 },
    },
    rows = {
      "#############################################E####",
      "###############.................1#...............#",
      "###############.RRR.RRR.RRR.RRR..#...............#",
      "###############.RRR.RRR.RRR.RRR..#..B.........P..#",
      "###############....b.............#RRRRRRRRRRRR...#",
      "###############.RRR.RRRvRRR.RRR..#...............#",
      "###############.RRR.RRR.RRR.RRR..#......b........#",
      "###############..........b.......#...............#",
      "###############.RRR.RRR.RRR.RRRv.#..RRRRRRRRRRRRR#",
      "###############.RRR.RRR.RRR.RRR..#...............#",
      "###############..................#...............#",
      "#P,,,,,,,,,,,P#P................P#RRRRRRURRRRR...#",
      "#,,,,,,,,,,,,,##.#################...............#",
      "#,,DD,,,,,DD,,.......W...........#...............#",
      "#,,,,,,,,,,,,,...P......b.....P..#...Q...........#",
      "#,,,,,,,,,,,,,...................H...............#",
      "#,,,,,,,,,,,,,...................#...............#",
      "#,,,,,,,,,,,,,##########G#########...............#",
      "#,,P,,,,,,,P,,#..................#RRRRRR...RRRRRR#",
      "#,,,,,,,,,,,,,#.L................#...............#",
      "#,,,,,,,,,,,,,#.DDD..DDD..DDD....#..........b....#",
      "#,,BB,,,,,BB,,#..................#...............#",
      "#,,,,,,,,,,,,,#...........v......#...............#",
      "#,,,,,,,,,,,,,#.DDD..DDD..DDD....#..DD.......DD..#",
      "#,,M,,V,,,,,,,#..................#............5..#",
      "#,@,,,,,,,,,,,#..............2...#P.............P#",
      "#P,,,,,,,,,,,P#BBB....T.........P#P.............P#",
      "##################################################",
    },
  },

  dialogue = {
    ken = {
      { "Ken, backend developer", "Hi, I'm Ken. I build APIs: programs that answer requests "
        .. "from browsers, phone apps and other servers. They all talk HTTP." },
      "An HTTP request has a method and a path, like GET /orders/7, plus headers and sometimes "
        .. "a body. The response has a status code, headers and usually a body.",
      "GET reads, POST usually creates, PUT replaces, PATCH changes part of a resource and DELETE "
        .. "removes it. The HTTP orb is in the far corner of the server-rack maze, north.",
      "The gates here open for what you hold: the data room's for HTTP, the API lab's for JSON. "
        .. "The exit is in the API lab. First, put one request in order for me:",
    },
    lee = {
      { "Lee, data engineer", "Most APIs send their data as JSON, plain text that almost every "
        .. "language can read and write. Here is an order: {\"id\": 7, \"paid\": true, \"items\": [\"tea\"]}" },
      "An object is a list of \"key\": value pairs in braces. Keys are strings in double quotes; "
        .. "values are strings, numbers, true, false, null, arrays in [ ] or other objects.",
      "JSON is stricter than JavaScript: no single quotes, no comments, no comma after the last "
        .. "item. The JSON orb is in this room. And this body was rejected: can you see why?",
    },
    priya = {
      { "Priya, API tester", "The status code is the first thing I check. 2xx means success, "
        .. "3xx a redirect, 4xx a mistake by the client and 5xx an error on the server." },
      "200 OK is a plain success. 400 Bad Request means the input was invalid, 401 Unauthorized "
        .. "that the client must authenticate first, and 404 Not Found that nothing is at that path.",
      "REST designs an API around resources. Each has a URL, like /orders/7, and the method says "
        .. "what to do: GET /orders/7 reads order 7, DELETE /orders/7 removes it.",
      "A collection has a URL too: GET /orders lists the orders, POST /orders adds one. The REST "
        .. "orb is at the bottom of this lab, the terminal north. Now, the app team asks you:",
    },
  },

  exercises = {
    web_http_3 = {
      kind = "choice", skill = "http", scenario = true,
      prompt = "A client sends POST /orders with a new order as JSON, and your API saves it. Which "
        .. "status code fits best?",
      choices = {
        { "200 OK", why = "A success, but it does not say that something new was made." },
        { "201 Created", right = true,
          why = "A new resource exists now; a Location header can give its URL." },
        { "204 No Content", why = "204 says the response has no body; the client usually wants the order back." },
        { "404 Not Found", why = "404 says nothing is at the path, but the save worked." },
      },
      explain = "Use the most specific 2xx code: 201 when a POST creates a resource, 200 for a plain "
        .. "success, 204 when there is nothing to send back.",
    },
    web_http_7 = {
      kind = "order", skill = "http",
      prompt = "Put one request, from the browser to the page update, in order.",
      items = {
        "Look up api.example.com's address (DNS)",
        "Open a connection (TCP, then TLS)",
        "Send GET /orders/7 with its headers",
        "The server runs the handler",
        "The server sends 200, headers and a JSON body",
        "The page's script reads the JSON and updates",
      },
      explain = "Name, connection, request, handler, response, page: a slow step anywhere makes the "
        .. "whole page slow.",
    },
    web_json_1 = {
      kind = "choice", skill = "json",
      prompt = "Which of these is valid JSON for a user with id 7 who is not an admin?",
      choices = {
        { "{'id': 7, 'admin': False}", why = "That is how Python prints a dict: JSON needs double quotes and false." },
        { "{id: 7, admin: false}", why = "Keys without quotes are JavaScript, not JSON." },
        { "{\"id\": 7, \"admin\": false}", right = true,
          why = "Keys in double quotes, a number, and false in lower case: valid JSON." },
        { "{\"id\": 7, \"admin\": False}", why = "JSON writes true, false and null in lower case only." },
      },
      explain = "JSON puts keys and strings in double quotes and writes true, false and null in lower "
        .. "case; no comments, no trailing commas.",
    },
    web_json_2 = {
      kind = "code", skill = "json", language = "json",
      prompt = "The API rejects this body as invalid JSON. Which line is wrong?",
      code = [[
{
  "id": 7,
  "paid": true,
  "items": ["tea", "cake"],
  "note": null,
}
]],
      answer = 5,
      why = {
        [5] = "A comma after the last member is not allowed in JSON. Remove it.",
        [3] = "true in lower case is valid.",
        [4] = "An array of strings is fine.",
        [2] = "A key in double quotes and a number: valid.",
      },
      explain = "Trailing commas are fine in JavaScript and Python, not in JSON (RFC 8259).",
    },
    web_json_3 = {
      kind = "sort", skill = "json",
      prompt = "Which of these are valid JSON values?",
      bins = { "Valid JSON", "Not JSON" },
      items = {
        { "null", bin = 1, why = "One of JSON's three literals." },
        { "[1, 2, 3]", bin = 1, why = "An array of numbers." },
        { "\"tea\"", bin = 1, why = "A string in double quotes." },
        { "1e3", bin = 1, why = "A number may have an exponent." },
        { "'tea'", bin = 2, why = "Single quotes are not allowed." },
        { "undefined", bin = 2, why = "A JavaScript value with no JSON form." },
        { "NaN", bin = 2, why = "A JSON number cannot be NaN or Infinity." },
        { "{\"a\": 1,}", bin = 2, why = "A comma after the last member." },
      },
      explain = "JSON values are objects, arrays, strings, numbers, true, false and null. Anything "
        .. "else must be written as one of those.",
    },
    web_rest_apis_1 = {
      kind = "fill", skill = "rest_apis", language = "http",
      prompt = "Mark order 7 as paid without sending the whole order.",
      code = "{1} /orders/7 HTTP/1.1\nHost: shop.example\nContent-Type: application/json\n\n"
        .. "{\"status\": \"paid\"}",
      blanks = {
        { options = { "PATCH", "PUT", "POST" }, answer = 1,
          why = { "PATCH applies a partial change to the resource (RFC 5789).",
                  "PUT replaces the whole order with this body: every other field would be lost.",
                  "In a REST API, POST usually creates something in a collection, such as /orders." } },
      },
      explain = "GET reads, POST creates, PUT replaces, PATCH changes part, DELETE removes.",
    },
    web_rest_apis_2 = {
      kind = "choice", skill = "rest_apis", scenario = true,
      prompt = "The mobile app needs the orders of user 42. Which endpoint fits a REST API?",
      choices = {
        { "GET /users/42/orders", right = true,
          why = "A collection under its owner, read with GET. GET /orders?user_id=42 is fine too." },
        { "GET /getOrdersForUser?id=42", why = "A verb in the path: the method already says get." },
        { "POST /orders/list", why = "POST to read breaks caching and safe retries." },
        { "GET /orders/delete/42", why = "A GET that sounds as if it deletes: unsafe and confusing." },
      },
      explain = "Resources are nouns in the URL; the HTTP method is the verb.",
    },
    web_rest_apis_3 = {
      kind = "choice", skill = "rest_apis",
      prompt = "POST /orders arrives with valid JSON but a quantity of -3. Which statuses are "
        .. "reasonable? Pick all that apply.",
      choices = {
        { "400 Bad Request", right = true, why = "A general client error, widely used for invalid input." },
        { "422 Unprocessable Content", right = true,
          why = "RFC 9110: the JSON is well-formed, but its content breaks a rule." },
        { "500 Internal Server Error", why = "Nothing failed on the server; the input is wrong." },
        { "201 Created", why = "Nothing may be created from invalid input." },
      },
      explain = "Refuse bad input with a 4xx and a body that says which field is wrong. Pick 400 or "
        .. "422 and use it the same way everywhere.",
    },
  },

  hints = {
    "Ken stands just above where you start: walk next to him and press {confirm}. The goal list at "
      .. "the top left shows what is left to do.",
    "The HTTP orb is in the top-right corner of the rack maze, north of the corridor. Bugs turn "
      .. "at walls: wait at a corner until the way is clear.",
    "The order: HTTP in the rack maze and the request terminal in the corridor, JSON in the data "
      .. "room (gate south of the corridor), then the API lab (gate at the corridor's east end).",
  },

  goals = {
    { talk = "Ken", text = "Talk to Ken",
      hint = "Ken is {where:Ken}: walk next to him and press {confirm}." },
    { collect = "http", text = "Hold HTTP: orb, then a terminal",
      hint = "The HTTP orb is in the rack maze, {where:http orb}; the request terminal is {where:request terminal}. Bugs turn at walls: wait at a corner." },
    { collect = "json", text = "Hold JSON",
      hint = "JSON is in the data room, through the gate south of the corridor: {where:json orb}." },
    { answer = "web_json_1", text = "Answer the JSON terminal",
      hint = "The JSON terminal is {where:json terminal}." },
    { collect = "rest_apis", text = "Hold REST APIs",
      hint = "The API lab is at the corridor's east end: the orb is {where:rest orb}." },
    { answer = "web_rest_apis_1", text = "Answer the REST terminal",
      hint = "The REST terminal is {where:rest terminal}." },
  },

  grants = { xp = 50 },

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_interact = function(e)
    local list = {}
    for _, id in ipairs(asks[e.name] or {}) do
      if not right[id] then list[#list + 1] = id end
    end
    if #list > 0 then sq.ask(list) end
  end,

  on_answer = function(id, correct)
    if correct then
      right[id] = true
      sq.xp(10)
    end
  end,
}
