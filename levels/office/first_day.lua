-- levels/office/first_day.lua: the first level. An office floor with a
-- mentor, three skill orbs each with a terminal where the skill is used
-- (an orb teaches a skill; one right answer makes the player hold it), a
-- gate that opens for someone who holds HTTP, patrolling bugs and the exit.
-- Written with the public level API (docs/levels.md).
return {
  format = 1,
  id = "office.first_day",
  quest = "web",
  title = "First Day at the Office",
  brief = "Welcome, new backend developer! Talk to Ada. Each orb teaches a skill; use it at a "
    .. "terminal to hold it. Walk with {move}; {confirm} talks and goes on, {hint} gives a hint.",
  music = "music_hub",

  map = {
    legend = {
      M = { type = "mentor", name = "Ada", dialogue = "intro" },
      T = { type = "terminal", name = "terminal", quiz = "web_http_1" },
      H = { type = "terminal", name = "html terminal", quiz = "web_html_1" },
      U = { type = "terminal", name = "tests terminal", quiz = "web_unit_tests_1" },
      G = { type = "gate", requires = "http" },
      F = { type = "sign", name = "front-end desk", speaker = "Note on the desk",
            text = "Front-end team. We turn your HTML into pages people enjoy: CSS for the look, "
              .. "JavaScript for what moves. You will learn both in the front-end rooms." },
      ["1"] = { type = "skill", name = "http", skill = "http" },
      ["2"] = { type = "skill", name = "html", skill = "html" },
      ["5"] = { type = "skill", name = "unit_tests", skill = "unit_tests" },
      b = { type = "bug", dir = "h", speed = 2.5 },
      v = { type = "bug", dir = "v", speed = 2 },
    },
    rows = {
      "##################################################",
      "#BBB..P........#,,,,,,,,,,,#.........RRRRR..E....#",
      "#..............#,,,,,,,,,,,#.....................#",
      "#..DD.....DD...#,,,,F,,,,,,#.....b...............#",
      "#..............#,,,,,,,,,,,#.....................#",
      "#..DD.....DD...#,,,,,,,,,,,#...DD...DD...DD......#",
      "#.......5..U...#,,,,,,,,,,,#.....................#",
      "#..............#,,,,,,,,,,,#...DD...DD...DD......#",
      "#..............#,,,,,,,,,,,#.....................#",
      "#######G########,,,,,,,,,,,#######..##########..##",
      "#..............#,,,,,,,,,,,#.....................#",
      "#...b..........#,,,,,,,,,,,#.....................#",
      "#..............###,,,,,#####........v............#",
      "#.....#####......................................#",
      "#.....#..H#.........................P............#",
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
      "Here an orb teaches you a skill, and you hold it once you use it: answer one of its "
        .. "questions right at a terminal. Held skills open gates and raise your rank.",
      "HTTP's orb is in the far bottom-right room, and its terminal in the middle of the floor. "
        .. "The gate to the top-left room, where the tests are, opens once you hold HTTP.",
      "HTML is in the small room on the left. Mind the bugs: if one catches you, you are back at "
        .. "the last door. The exit is at the top right.",
    },
  },

  exercises = {
    web_http_1 = {
      kind = "choice", skill = "http", scenario = true,
      prompt = "A client asks your API for /users/42, but there is no user 42. Which status code "
        .. "should the API answer with?",
      choices = {
        { "404 Not Found", right = true,
          why = "The request made sense, but nothing is at that address: that is what 404 says." },
        { "200 OK", why = "200 claims a success: the client would go on as if it got user 42." },
        { "500 Internal Server Error",
          why = "500 blames the server, but the server worked: the user simply does not exist." },
        { "301 Moved Permanently", why = "301 sends the client to a new URL; user 42 is nowhere." },
      },
      explain = "4xx codes say the client asked for something that cannot be given; 5xx codes say "
        .. "the server failed. A missing resource is 404.",
    },
    web_html_1 = {
      kind = "fill", skill = "html", language = "text",
      prompt = "Make a link to the About page.",
      code = "<a {1}=\"/about\">About us</a>",
      blanks = {
        { options = { "href", "src", "link" }, answer = 1,
          why = { "href is where a link points.",
                  "src loads a resource into the page, as <img> and <script> do.",
                  "<a> has no link attribute; <link> is an element of the <head>." } },
      },
      explain = "An <a> element with an href makes a link; a click sends GET /about to the server.",
    },
    web_unit_tests_1 = {
      kind = "code", skill = "unit_tests", language = "python",
      prompt = "pytest reports one failing assertion. Which line fails?",
      code = [[
def add_vat(cents):
    return cents * 120 // 100

def test_add_vat():
    assert add_vat(1000) == 1200
    assert add_vat(0) == 0
    assert add_vat(50) == 65
]],
      answer = 7,
      why = {
        [7] = "50 * 120 // 100 is 60, not 65: the test or the code is wrong.",
        [5] = "1000 * 120 // 100 is 1200: this one passes.",
        [6] = "0 stays 0: this one passes.",
        [2] = "The function runs fine; the question is whether it returns what the test expects.",
      },
      explain = "A failing test says the code and the expectation disagree. Work out which one is "
        .. "right, then fix that one.",
    },
  },

  hints = {
    "Ada is just above where you start. Stand next to her and press {confirm}.",
    "The HTTP orb is in the carpeted room at the bottom right; the terminal that asks about HTTP "
      .. "is in the middle of the floor. Bugs walk in straight lines: wait until one turns.",
    "The gate above the left rooms opens by itself once you hold HTTP. The tests orb and its "
      .. "terminal are behind it.",
  },

  goals = {
    { talk = "Ada", text = "Talk to Ada",
      hint = "Ada is {where:Ada}: stand next to her and press {confirm}." },
    { collect = "http", text = "Hold HTTP: orb, then terminal",
      hint = "The HTTP orb is {where:http}; then the terminal {where:terminal} asks about it. Bugs walk in straight lines: wait until one turns." },
    { collect = "html", text = "Hold HTML",
      hint = "The HTML orb is {where:html}, and its terminal {where:html terminal}." },
    { collect = "unit_tests", text = "Hold unit tests",
      hint = "Behind the gate that opens once you hold HTTP: the tests orb {where:unit_tests}, its terminal {where:tests terminal}." },
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
