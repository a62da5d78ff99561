-- levels/office/first_day.lua: the first level. An office floor with a
-- mentor, skill orbs, a gate that needs HTTP, a terminal quiz, patrolling
-- bugs and the exit. Written with the public level API (docs/levels.md).
return {
  format = 1,
  id = "office.first_day",
  quest = "web",
  title = "First Day at the Office",
  brief = "Welcome, new backend developer! Talk to Ada, collect the skill orbs and answer the "
    .. "terminal's question. Walk with {move}; {confirm} talks and goes on, {hint} gives a hint.",
  music = "music_hub",

  map = {
    legend = {
      M = { type = "mentor", name = "Ada", dialogue = "intro" },
      T = { type = "terminal", name = "terminal", quiz = "http_status" },
      G = { type = "gate", requires = "http" },
      ["1"] = { type = "skill", name = "http", skill = "http" },
      ["2"] = { type = "skill", name = "html", skill = "html" },
      ["3"] = { type = "skill", name = "css", skill = "css" },
      ["4"] = { type = "skill", name = "javascript", skill = "javascript" },
      ["5"] = { type = "skill", name = "unit_tests", skill = "unit_tests" },
      b = { type = "bug", dir = "h", speed = 2.5 },
      v = { type = "bug", dir = "v", speed = 2 },
    },
    rows = {
      "##################################################",
      "#BBB..P........#,,,,,,,,,,,#.........RRRRR..E....#",
      "#..............#,,,,,,,,,,,#.....................#",
      "#..DD.....DD...#,,,,4,,,,,,#.....b...............#",
      "#..............#,,,,,,,,,,,#.....................#",
      "#..DD.....DD...#,,,,,,,,,,,#...DD...DD...DD......#",
      "#.......3......#,,,,,,,,,,,#.....................#",
      "#..............#,,,,,,,,,,,#...DD...DD...DD...5..#",
      "#..............#,,,,,,,,,,,#.....................#",
      "#######G########,,,,,,,,,,,#######..##########..##",
      "#..............#,,,,,,,,,,,#.....................#",
      "#...b..........#,,,,,,,,,,,#.....................#",
      "#..............###,,,,,#####........v............#",
      "#.....#####......................................#",
      "#.....#...#.........................P............#",
      "#.....#.2.#.......T..............................#",
      "#.....##.##..........................BBBB........#",
      "#................................................#",
      "#..........................................b.....#",
      "####..##########....##########..############..####",
      "#,,,,,,,,,,,,,,,#....#RRRR...#,,,,,,,,,,,,,,,,,,,#",
      "#,,,,,,,,,,,,,,,#....#.......#,,,,,,,,,,,,,,,,,1,#",
      "#,,,,,,,,,,,,,,,#....#...b...#,,,,,,,,,,,,,,,,,,,#",
      "#,,P,,,,,,,,,,,,#....#.......#,,,,,,,,,,,,,,,,,,,#",
      "#,,,,,,,,,,,,,,,#....####..###,,,,,,,,,,,,,,,,,,,#",
      "#..M.....................................P.......#",
      "#.@..............................................#",
      "##################################################",
    },
  },

  dialogue = {
    intro = {
      { "Ada, senior engineer", "Hi, I'm Ada. As a backend developer you write the server side of "
        .. "web apps: the APIs that handle data, the business logic, and the tests that keep them honest." },
      "Skill orbs float around this floor. HTTP is in the far bottom-right room: the gate to the "
        .. "top-left room only opens for someone who knows HTTP.",
      "The terminal in the middle asks a question about HTTP. Mind the bugs: if one catches "
        .. "you, you are back at the door. The exit is at the top right.",
    },
  },

  exercises = {
    http_status = {
      kind = "choice", skill = "http",
      prompt = "A client asks your API for /users/42, but there is no user 42. Which status "
        .. "code should the API answer with?",
      choices = {
        { "200 OK", why = "200 claims a success: the client would think it got user 42." },
        { "404 Not Found", right = true,
          why = "The request made sense, but nothing is at that address: that is what 404 says." },
        { "500 Internal Server Error",
          why = "500 blames the server, but the server worked: the user simply does not exist." },
        { "301 Moved Permanently", why = "301 sends the client to a new URL; user 42 did not move." },
      },
      explain = "4xx codes say the client asked for something that cannot be given; 5xx codes "
        .. "say the server failed. A missing resource is 404.",
    },
  },

  hints = {
    "Ada is just above where you start. Stand next to her and press {confirm}.",
    "The HTTP orb is in the carpeted room at the bottom right. Bugs walk in straight lines: wait until one turns.",
    "The gate above the left rooms opens by itself once you hold HTTP.",
  },

  goals = {
    { talk = "Ada", text = "Talk to Ada" },
    { collect = "http", text = "Learn HTTP" },
    { collect = "html", text = "Learn HTML" },
    { collect = "css", text = "Learn CSS" },
    { collect = "javascript", text = "Learn JavaScript" },
    { answer = "http_status", text = "Answer the terminal" },
  },

  grants = { xp = 50 },

  on_collect = function(skill)
    -- Every orb is worth a little experience.
    sq.xp(10)
  end,

  on_answer = function(quiz, correct)
    if correct then sq.xp(20) end
  end,
}
