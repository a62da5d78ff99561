return {
  format = 1, id = 7, quest = {}, title = true, brief = 1.5, music = print,
  requires = "http", hints = { "a", {}, 3 },
  map = { rows = { "@.E", 5 }, legend = "no" },
  objects = { 1, { x = 1.5, y = -1 }, { type = "sign", x = 1e12, y = 0 } },
  dialogue = { 1, x = 2, y = {}, z = { {}, { speaker = 1 } } },
  quizzes = { "q", q = { choices = "one", answer = 1.5 } },
  goals = { 1, {}, { collect = "a", talk = "b" } },
  grants = "all",
  behaviours = 3,
  on_start = 1, on_update = "x",
}
