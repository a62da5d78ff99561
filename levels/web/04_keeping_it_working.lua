-- levels/web/04_keeping_it_working.lua: the Web Development quest, level 4.
-- Keeping a web app working: unit tests with pytest, reading a Python
-- traceback to debug, and version control with git.
-- Play order: test lab (unit tests) -> debugging lab (gate: unit tests;
-- debugging, traceback quiz) -> git room (gate: debugging; git, quiz, exit).
return {
  format = 1,
  id = "web.keeping_it_working",
  quest = "web",
  title = "Tests, Bugs and Git",
  brief = "Shipping a web app is half the job; keeping it working is the other half. Learn unit "
    .. "tests, debugging from a traceback, and git. Talk to Lena first; {hint} gives a hint.",
  music = "music_hub",

  map = {
    legend = {
      M = { type = "mentor", name = "Lena", dialogue = "lena" },
      V = { type = "review", name = "review desk" },
      O = { type = "npc", name = "Omar", dialogue = "omar" },
      K = { type = "npc", name = "Kim", dialogue = "kim" },
      S = { type = "sign", name = "test tips", speaker = "Pinned note",
            text = "A good unit test checks one thing, runs fast and does not depend on other "
              .. "tests. When it fails, its name and message should say what broke." },
      U = { type = "gate", name = "debugging lab gate", requires = "unit_tests" },
      Y = { type = "gate", name = "git room gate", requires = "debugging" },
      X = { type = "terminal", name = "traceback terminal", quiz = "traceback", tile = "desk" },
      T = { type = "terminal", name = "git terminal", quiz = "git_commit", tile = "desk" },
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
      "The unit tests orb is at the far west end of the test lab, left of this lobby. With it, the "
        .. "gate north of the lobby opens. Bugs send you back here: watch how they move.",
    },
    omar = {
      { "Omar, on-call developer", "When a Python program stops on an uncaught exception, it "
        .. "prints a traceback. It starts with \"Traceback (most recent call last)\", so the "
        .. "call that failed is at the bottom." },
      "Read it from the bottom up. The last line names the error, like KeyError: 'email'. The "
        .. "lines above show each call that led there, with its file and line number.",
      "To fix a bug: reproduce it, ideally with a failing test; find the cause; fix it; and keep "
        .. "the test, so the bug cannot quietly come back.",
      "The debugging orb is at the back of this lab, past the racks. The gate in the west wall "
        .. "opens to the git room once you know debugging.",
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
    },
  },

  exercises = {
    traceback = {
      kind = "choice", skill = "debugging",
      prompt = "A Python traceback ends with the line KeyError: 'email'. What does that tell you?",
      choices = {
        { "The email server is down", why = "A KeyError is about a missing key, not a network error." },
        { "A lookup used the key 'email', which the dict lacks", right = true,
          why = "KeyError means a lookup like user[\"email\"] found no such key." },
        { "The file email.py is missing", why = "A missing module is an ImportError or ModuleNotFoundError." },
        { "A unit test failed", why = "A test failure is an AssertionError in a test report." },
      },
      explain = "Read a traceback from the bottom: the error, then the lines above it show which "
        .. "call made the lookup, with file and line.",
    },
    git_commit = {
      kind = "choice", skill = "git",
      prompt = "You have staged your changes with git add. Which command records them as a "
        .. "new commit?",
      choices = {
        { "git push", why = "git push sends commits to a remote; it makes none." },
        { "git status", why = "git status only shows what changed and what is staged." },
        { "git commit -m \"Fix total\"", right = true,
          why = "git commit records the staged changes in your local history." },
        { "git clone", why = "git clone copies a whole repository." },
      },
      explain = "add stages, commit records, push shares: three steps, three commands.",
    },
  },

  hints = {
    "Lena stands just above where you start: walk next to her and press {confirm}. The goal list at "
      .. "the top left shows what is left to do.",
    "The unit tests orb is at the far west end of the test lab, left of the lobby. Bugs walk in "
      .. "straight lines and turn at walls: cross just behind one.",
    "The order: unit tests in the test lab, the gate north of the lobby, the debugging orb and "
      .. "terminal in that lab, then the git room through the lab's west wall.",
  },

  goals = {
    { talk = "Lena", text = "Talk to Lena" },
    { collect = "unit_tests", text = "Learn unit tests" },
    { collect = "debugging", text = "Learn debugging" },
    { answer = "traceback", text = "Read the traceback" },
    { collect = "git", text = "Learn Git" },
    { answer = "git_commit", text = "Answer the Git quiz" },
  },

  grants = { xp = 60 },

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_answer = function(quiz, correct)
    if correct then sq.xp(20) end
  end,
}
