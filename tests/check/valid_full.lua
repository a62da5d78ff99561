-- expect: nothing
return {
  format = 1,
  id = "check.valid_full",
  quest = "web",
  title = "Check",
  brief = "Everything a level can say, all of it right.",
  music = "music_hub",
  requires = { "git" },
  hints = { "Talk to Ada first.", "The orb opens the gate." },
  grants = { skills = { "python" }, xp = 50 },
  map = {
    legend = {
      M = { type = "mentor", name = "Ada", dialogue = "intro" },
      T = { type = "terminal", name = "terminal", quiz = "q1" },
      G = { type = "gate", requires = "http" },
      ["1"] = { type = "skill", name = "orb", skill = "http", tile = "carpet" },
      S = { type = "sign", text = "Welcome", sprite = "terminal_0", sound = "gate_open" },
      b = { type = "bug", dir = "h", speed = 2 },
      x = "void",
    },
    rows = {
      "xx#########",
      "########E##",
      "#@.M.T.#..#",
      "#..1...G..#",
      "#.S..b.#..#",
      "###########",
    },
  },
  objects = {
    { type = "sign", name = "board", x = 2, y = 2, text = "Hello" },
  },
  dialogue = {
    intro = {
      { "Ada", "Hello there." },
      { speaker = "Ada", text = "Collect the orb." },
      "And answer the terminal.",
    },
  },
  quizzes = {
    q1 = {
      question = "Which status code means Not Found?",
      choices = { { "200", why = "Why 200." }, { "404", why = "Why 404." } },
      answer = 2,
      explanation = "404 says there is nothing at that address.",
      skill = "http",
    },
  },
  goals = {
    { talk = "Ada", text = "Talk to Ada" },
    { collect = "http", text = "Learn HTTP" },
    { answer = "q1", text = "Answer the terminal" },
    { reach = "board" },
  },
  behaviours = {
    sign = { sprite = "terminal_0", solid = true },
  },
  on_start = function() end,
  on_collect = function(skill) sq.xp(10) end,
}
