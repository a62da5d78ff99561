-- levels/web/02_requests.lua: the Web Development quest, level 2.
-- Requests and data: HTTP methods and status codes, JSON, and REST APIs.
-- Play order: rack maze (HTTP) -> data room (gate: HTTP; JSON and its quiz)
-- -> API lab (gate: JSON; REST, the status-code quiz and the exit).
return {
  format = 1,
  id = "web.requests",
  quest = "web",
  title = "HTTP, JSON and REST",
  brief = "Browsers and apps ask, your API answers. Learn how: HTTP requests and status codes, "
    .. "data as JSON, and REST APIs. Talk to Ken first. {confirm} talks, {hint} gives a hint.",
  music = "music_hub",

  map = {
    legend = {
      M = { type = "mentor", name = "Ken", dialogue = "ken" },
      V = { type = "review", name = "review desk" },
      L = { type = "npc", name = "Lee", dialogue = "lee" },
      Q = { type = "npc", name = "Priya", dialogue = "priya" },
      G = { type = "gate", name = "data room gate", requires = "http" },
      H = { type = "gate", name = "api lab gate", requires = "json" },
      T = { type = "terminal", name = "json terminal", quiz = "json_valid", tile = "bookshelf" },
      U = { type = "terminal", name = "status terminal", quiz = "http_created", tile = "server_rack" },
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
      "#,,DD,,,,,DD,,...................#...............#",
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
      "The gates here open for what you learn: the data room's for HTTP, the API lab's for JSON. "
        .. "The exit is in the API lab. Bugs send you back here, so watch how they move.",
    },
    lee = {
      { "Lee, data engineer", "Most APIs send their data as JSON, plain text that almost every "
        .. "language can read and write. Here is an order: {\"id\": 7, \"paid\": true, \"items\": [\"tea\"]}" },
      "An object is a list of \"key\": value pairs in braces. Keys are strings in double quotes; "
        .. "values are strings, numbers, true, false, null, arrays in [ ] or other objects.",
      "JSON is stricter than JavaScript: no single quotes, no comments, no comma after the last "
        .. "item. The JSON orb is in this room, and the terminal asks you to spot valid JSON.",
    },
    priya = {
      { "Priya, API tester", "The status code is the first thing I check. 2xx means success, "
        .. "3xx a redirect, 4xx a mistake by the client and 5xx an error on the server." },
      "200 OK is a plain success. 400 Bad Request means the input was invalid, 401 Unauthorized "
        .. "that the client must authenticate first, and 404 Not Found that nothing is at that path.",
      "REST designs an API around resources. Each has a URL, like /orders/7, and the method says "
        .. "what to do: GET /orders/7 reads order 7, DELETE /orders/7 removes it.",
      "A collection has a URL too: GET /orders lists the orders, POST /orders adds one. The REST "
        .. "orb is at the bottom of this lab, the terminal is north and the exit above it.",
    },
  },

  exercises = {
    json_valid = {
      kind = "choice", skill = "json",
      prompt = "Which of these is valid JSON for a user with id 7 who is not an admin?",
      choices = {
        { "{'id': 7, 'admin': False}", why = "That is how Python prints a dict: JSON needs double quotes and false." },
        { "{id: 7, admin: false}", why = "Keys without quotes are JavaScript, not JSON." },
        { "{\"id\": 7, \"admin\": false}", right = true,
          why = "Keys in double quotes, a number, and false in lower case: valid JSON." },
        { "{\"id\": 7, \"admin\": False}", why = "JSON writes true, false and null in lower case only." },
      },
      explain = "JSON puts keys and strings in double quotes and writes true, false and null in "
        .. "lower case; no comments, no trailing commas.",
    },
    http_created = {
      kind = "choice", skill = "http",
      prompt = "A client sends POST /orders with a new order as JSON, and your API saves it. "
        .. "Which status code fits best?",
      choices = {
        { "200 OK", why = "A success, but it does not say that something new was made." },
        { "201 Created", right = true,
          why = "A new resource exists now; a Location header can give its URL." },
        { "204 No Content", why = "204 says the response has no body; the client usually wants the order back." },
        { "404 Not Found", why = "404 says nothing is at the path, but the save worked." },
      },
      explain = "Use the most specific 2xx code: 201 when a POST creates a resource.",
    },
  },

  hints = {
    "Ken stands just above where you start: walk next to him and press {confirm}. The goal list at "
      .. "the top left shows what is left to do.",
    "The HTTP orb is in the top-right corner of the rack maze, north of the corridor. Bugs turn "
      .. "at walls: wait at a corner until the way is clear.",
    "The order: HTTP in the rack maze, JSON in the data room (gate south of the corridor), then "
      .. "the API lab (gate at the corridor's east end) for REST, the last terminal and the exit.",
  },

  goals = {
    { talk = "Ken", text = "Talk to Ken" },
    { collect = "http", text = "Learn HTTP" },
    { collect = "json", text = "Learn JSON" },
    { answer = "json_valid", text = "Answer the JSON quiz" },
    { collect = "rest_apis", text = "Learn REST APIs" },
    { answer = "http_created", text = "Answer the HTTP quiz" },
  },

  grants = { xp = 50 },

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_answer = function(quiz, correct)
    if correct then sq.xp(20) end
  end,
}
