-- expect: FILE:8: goal 'Talk to Ada' cannot be reached from the start
return {
  format = 1,
  id = "check.goal_unreachable",
  quest = "web",
  title = "Check",
  goals = {
    { talk = "Ada", text = "Talk to Ada" },
  },
  map = {
    legend = { M = { type = "mentor", name = "Ada" } },
    rows = {
      "#########",
      "#@..#.M.#",
      "#########",
    },
  },
}
