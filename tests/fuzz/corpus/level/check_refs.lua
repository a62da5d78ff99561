return {
  format = 1, id = "fuzz.refs", quest = "nope", title = "Bad references",
  music = "no_such_track",
  requires = { "no_such_skill" },
  map = {
    legend = {
      M = { type = "mentor", name = "Ada", dialogue = "missing" },
      T = { type = "terminal", quiz = "missing" },
      G = { type = "gate", requires = "quantum_computing" },
      u = { type = "unknown_behaviour" },
      k = { type = "skill", skill = "not_a_skill" },
    },
    rows = { "########", "#@MTGuk#", "#######E", "########" },
  },
  behaviours = { ghost = { sprite = "no_sprite", frames = 3 } },
  dialogue = { intro = { ("word "):rep(200) } },
  quizzes = {
    q = { question = ("long "):rep(100), choices = { "only" }, answer = 5, skill = "zzz" },
    r = { question = "?", choices = {}, answer = 0 },
  },
  goals = { { collect = "nothing" }, { talk = "nobody" }, { answer = "none" }, { reach = "x" } },
  grants = { skills = { "nope" }, xp = 20000 },
  hints = { 1, 2 },
}
