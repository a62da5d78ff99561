-- levels/web/04_keeping_it_working.lua: the Web Development quest, level 4.
-- Keeping a web app working: unit tests with pytest, reading a Python
-- traceback to debug, and version control with git.
-- Play order: test lab (unit tests orb; the pinned note asks) -> debugging
-- lab (gate: unit tests held; Omar and the traceback terminal ask) -> git
-- room (gate: debugging held; Kim and the git terminal ask; exit).
-- Facts (pytest discovery, Python tracebacks, git switch): levels/web/FACTS.md.

-- A terminal (or the pinned note) shows its text, if any, then asks its quiz
-- and the exercise named by `more`.
local function ask_all(self)
  if self.props.text then sq.say(self.props.speaker or "Sign", self.props.text) end
  sq.ask({ self.props.quiz, self.props.more })
end

-- Who asks what after their talk, until it is answered right.
local asks = { Lena = { "web_unit_tests_3" }, Omar = { "web_debugging_4" }, Kim = { "web_git_4" } }
local right = {}

return {
  format = 1,
  id = "web.keeping_it_working",
  quest = "web",
  title = "Tests, Bugs and Git",
  brief = "Shipping a web app is half the job; keeping it working is the other half. Learn unit "
    .. "tests, debugging from a traceback, and git. Talk to Lena first; {hint} gives a hint.",
  music = "music_hub",

  behaviours = {
    terminal = {
      sprite = "terminal", frames = 2, rate = 40, size = { 14, 12 }, offset = { -1, -4 }, solid = true,
      on_interact = ask_all,
    },
  },

  map = {
    legend = {
      M = { type = "mentor", name = "Lena", dialogue = "lena" },
      V = { type = "review", name = "review desk" },
      O = { type = "npc", name = "Omar", dialogue = "omar" },
      K = { type = "npc", name = "Kim", dialogue = "kim" },
      S = { type = "terminal", name = "test tips", speaker = "Pinned note",
            text = "A good unit test checks one thing, runs fast and does not depend on other "
              .. "tests. When it fails, its name and message should say what broke.",
            quiz = "web_unit_tests_2" },
      U = { type = "gate", name = "debugging lab gate", requires = "unit_tests" },
      Y = { type = "gate", name = "git room gate", requires = "debugging" },
      X = { type = "terminal", name = "traceback terminal", quiz = "web_debugging_1",
            more = "web_debugging_2", tile = "desk" },
      T = { type = "terminal", name = "git terminal", quiz = "web_git_1", more = "web_git_3",
            tile = "desk" },
      ["2"] = { type = "skill", name = "debugging orb", skill = "debugging" },
      ["3"] = { type = "skill", name = "git orb", skill = "git" },
      ["4"] = { type = "skill", name = "unit tests orb", skill = "unit_tests" },
      b = { type = "bug", dir = "h", speed = 2.5 },
      v = { type = "bug", dir = "v", speed = 2 },
    },
    rows = {
      "###################E##############################",
      "################BBB.........B#P.................P#",
      "################.............#...RRR....RRR......#",
      "################.BB.BBBBB.BB.#...RRR.2..RRR..b...#",
      "################.............#...RRR....RRR......#",
      "################....b........#.........v.........#",
      "################.BBBBB.BBBBB.#RRRRRRRRRRRR...RRRR#",
      "################........K....#...................#",
      "################.............Y...................#",
      "################.............#......b............#",
      "################BBBBB.BBBBBBB#..RRRR....RRRR..RRR#",
      "################.............#...................#",
      "################.3...........#...........v.......#",
      "################......b......#..X................#",
      "################.............#...................#",
      "################T..........P.#.................O.#",
      "################P...........P#P.........P.......P#",
      "############################################U#####",
      "#P.................................#,,,,,,,,,,,,,#",
      "#..4...............................#,,,V,,,,,,,,,#",
      "#...........b......................#,,DD,,,,,,DD,#",
      "#DDDDDD..DDDDDDDD..DDDDDDD..DDDDD..#,,,,,,,,,,,,,#",
      "#.S...............v.................,,,,,,,,,,,,,#",
      "#...................................,,,,,,,,,,,,,#",
      "#..DDDDDD..DDDDDDD..DDDDDDDD..DDDDD#,,,,,,,,,,,,,#",
      "#....................b.............#,,,,,,,,,,M,,#",
      "#P................................P#P,,,,,,,,,@,P#",
      "##################################################",
    },
  },

  dialogue = {
    lena = {
      { "Lena, senior engineer", "Hi, I'm Lena. Code that works today can break tomorrow, when "
        .. "someone changes it. Tests catch that before your users do." },
      "A unit test calls one small piece of code with known input and checks the result. With "
        .. "pytest, a test is a plain function whose name starts with test, such as test_total.",
      "def test_total(): assert total([2, 3]) == 5. Run pytest and it finds the tests, runs them "
        .. "and reports each one that fails.",
      "The unit tests orb is at the far west end of the test lab, left of this lobby; the note "
        .. "pinned there asks about tests. Hold unit tests and the gate north of the lobby opens.",
      "First, sort a few tests for me: which are good, and which are a problem?",
    },
    omar = {
      { "Omar, on-call developer", "When a Python program stops on an uncaught exception, it "
        .. "prints a traceback. It starts with \"Traceback (most recent call last)\", so the "
        .. "call that failed is at the bottom." },
      "Read it from the bottom up. The last line names the error, like KeyError: 'email'. The "
        .. "lines above show each call that led there, with its file and line number.",
      "To fix a bug: reproduce it, ideally with a failing test; find the cause; fix it; and keep "
        .. "the test, so the bug cannot quietly come back.",
      "The debugging orb is at the back of this lab, past the racks, and the terminal reads "
        .. "tracebacks. The gate in the west wall opens to the git room once you hold debugging.",
      "Here is what woke me last night. What would you do first?",
    },
    kim = {
      { "Kim, developer", "Git keeps the history of your code as commits: snapshots with a "
        .. "message that says what changed and why. Every clone holds the whole history." },
      "git status shows what changed, git add stages the changes you want, and git commit "
        .. "-m \"Fix total\" records them. git push sends your commits to a shared remote.",
      "Work on a branch: git switch -c fix-total creates one and moves you to it. When the tests "
        .. "pass, it is merged back, often after a teammate reviews a pull request.",
      "The git orb is in the lower half of this room and the terminal asks about commits. Once "
        .. "every goal on your list is done, the exit at the top of this room opens.",
      "One thing happens to every team sooner or later. What do you do?",
    },
  },

  exercises = {
    web_unit_tests_2 = {
      kind = "fill", skill = "unit_tests", language = "python",
      prompt = "Name the function so that pytest finds and runs it.",
      code = "def {1}_total_of_empty_cart():\n    assert total([]) == 0",
      blanks = {
        { options = { "test", "check", "verify" }, answer = 1,
          why = { "pytest collects functions named test... in files named test_*.py or *_test.py.",
                  "pytest skips it without a word: a test that never runs.",
                  "Skipped too: by default only the test prefix is collected." } },
      },
      explain = "pytest finds tests by name: test_*.py files, test functions, Test classes.",
    },
    web_unit_tests_3 = {
      kind = "sort", skill = "unit_tests",
      prompt = "Which of these make a good unit test, and which are a problem?",
      bins = { "Good test", "Problem" },
      items = {
        { "Checks one behaviour in milliseconds", bin = 1, why = "Fast and focused: run it on every change." },
        { "Named test_empty_cart_is_free", bin = 1, why = "When it fails, the name says what broke." },
        { "Runs without the network", bin = 1, why = "No failures from outside that come and go." },
        { "Needs another test to run first", bin = 2, why = "Tests must not depend on each other's order." },
        { "Calls the live payment API", bin = 2, why = "Slow, costly and flaky: use a fake in unit tests." },
        { "Has no assert", bin = 2, why = "It fails only if the code raises: it never checks the result." },
      },
      explain = "A unit test is small, fast, independent, and it can fail.",
    },
    web_debugging_1 = {
      kind = "choice", skill = "debugging",
      prompt = "A Python traceback ends with the line KeyError: 'email'. What does that tell you?",
      choices = {
        { "The email server is down", why = "A KeyError is about a missing key, not the network." },
        { "A lookup used the key 'email', which the dict lacks", right = true,
          why = "KeyError means a lookup like user[\"email\"] found no such key." },
        { "The file email.py is missing", why = "A missing module raises ModuleNotFoundError." },
        { "A unit test failed", why = "A failed assert raises AssertionError." },
      },
      explain = "Read a traceback from the bottom: the error, then the lines above it show which "
        .. "call made the lookup, with file and line.",
    },
    web_debugging_2 = {
      kind = "code", skill = "debugging", language = "text",
      prompt = "Checkout crashed. Which line of the traceback shows the code that failed?",
      code = [[
Traceback (most recent call last):
  File "/app/shop/views.py", line 41, in checkout
    total = cart_total(session["cart"])
  File "/app/shop/cart.py", line 12, in cart_total
    total += item["qty"] * item["price"]
KeyError: 'price'
]],
      answer = 5,
      why = {
        [5] = "The last line of code before the error: cart.py line 12 looked up 'price' in an item "
          .. "that has none.",
        [6] = "It names the error, not the place.",
        [3] = "The caller: worth a look next, to see where the cart came from.",
      },
      explain = "Read a traceback from the bottom up: the error, then the line that raised it, then "
        .. "its callers.",
    },
    web_debugging_4 = {
      kind = "choice", skill = "debugging", scenario = true,
      prompt = "Checkout fails for some users in production but never on your machine. What do you "
        .. "do first?",
      choices = {
        { "Find a failing request in the logs and rerun it", right = true,
          why = "The difference is in the data or the setup; one real failing case narrows it fast." },
        { "Add print statements and deploy them", why = "Slow guesswork in production, and easy to leak data." },
        { "Restart the servers", why = "It may hide the bug for a while; the cause stays." },
        { "Tell users to clear their cookies", why = "A guess that blames the user." },
      },
      explain = "Reproduce first. Logs with request details turn \"some users\" into one case you "
        .. "can test.",
    },
    web_git_1 = {
      kind = "choice", skill = "git",
      prompt = "You have staged your changes with git add. Which command records them as a new "
        .. "commit?",
      choices = {
        { "git push", why = "git push sends commits to a remote; it makes none." },
        { "git status", why = "git status only shows what changed and what is staged." },
        { "git commit -m \"Fix total\"", right = true,
          why = "git commit records the staged changes in your local history." },
        { "git clone", why = "git clone copies a whole repository." },
      },
      explain = "add stages, commit records, push shares: three steps, three commands. Say in the "
        .. "message what changed and why.",
    },
    web_git_3 = {
      kind = "fill", skill = "git", language = "shell",
      prompt = "Create a branch called fix-total and move to it, then share it.",
      code = "git {1} -c fix-total\ngit push -u {2} fix-total",
      blanks = {
        { options = { "switch", "commit", "status" }, answer = 1,
          why = { "git switch -c creates the branch and moves to it (like git checkout -b).",
                  "commit records changes; it makes no branch.", "status only reports." } },
        { options = { "origin", "main", "HEAD~1" }, answer = 1,
          why = { "origin is the usual name of the remote you cloned from.",
                  "main is a branch, not a remote.", "HEAD~1 is a commit, not a remote." } },
      },
      explain = "-u sets the upstream, so a plain git push later knows where to go.",
    },
    web_git_4 = {
      kind = "choice", skill = "git", scenario = true,
      prompt = "You pushed a commit that holds a real API key. What do you do first?",
      choices = {
        { "Revoke and replace the key, then clean the history", right = true,
          why = "Anyone may have copied it already; only revoking it makes it useless." },
        { "Delete the line and push a new commit", why = "The key stays in the history for anyone to find." },
        { "Make the repository private", why = "Clones and caches keep the key." },
        { "Nothing: nobody reads old commits", why = "Bots scan public repositories for keys within minutes." },
      },
      explain = "Git keeps every version. Treat a pushed secret as leaked: rotate it first, then "
        .. "rewrite the history if you must.",
    },
  },

  hints = {
    "Lena stands just above where you start: walk next to her and press {confirm}. The goal list at "
      .. "the top left shows what is left to do.",
    "The unit tests orb is at the far west end of the test lab, left of the lobby. Bugs walk in "
      .. "straight lines and turn at walls: cross just behind one.",
    "The order: unit tests in the test lab (the pinned note asks), the gate north of the lobby, "
      .. "the debugging orb and terminal in that lab, then the git room through its west wall.",
  },

  goals = {
    { talk = "Lena", text = "Talk to Lena",
      hint = "Lena is {where:Lena}: walk next to her and press {confirm}." },
    { collect = "unit_tests", text = "Hold unit tests",
      hint = "The unit tests orb is at the far west of the test lab, {where:unit tests orb}; the pinned note there asks. Cross just behind a bug." },
    { collect = "debugging", text = "Hold debugging",
      hint = "Through the gate north of the lobby: the debugging orb is {where:debugging orb}." },
    { answer = "web_debugging_1", text = "Read the traceback",
      hint = "The traceback terminal is {where:traceback terminal}." },
    { collect = "git", text = "Hold Git",
      hint = "The git room is through the lab's west wall: the orb is {where:git orb}." },
    { answer = "web_git_1", text = "Answer the git terminal",
      hint = "The git terminal is {where:git terminal}." },
  },

  grants = { xp = 60 },

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
