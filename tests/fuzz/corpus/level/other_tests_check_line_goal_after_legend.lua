-- expect: FILE:16: goal 'Talk to Ada' cannot be reached from the start
return {
  format = 1,
  id = "check.line_goal_after_legend",
  quest = "web",
  title = "Check",
  map = {
    legend = { M = { type = "mentor", name = "Ada" } },
    rows = {
      "#########",
      "#@..#.M.#",
      "#########",
    },
  },
  goals = {
    { talk = "Ada", text = "Talk to Ada" },
  },
}
