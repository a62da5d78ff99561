-- expect: FILE:16: 'text' in a goal must be a string, not a number
return {
  format = 1,
  id = "check.goal_text_not_string",
  quest = "web",
  title = "Check",
  map = {
    legend = { M = { type = "mentor", name = "Ada" } },
    rows = {
      "#######",
      "#@.M..#",
      "#######",
    },
  },
  goals = {
    { talk = "Ada", text = 1 },
  },
}
