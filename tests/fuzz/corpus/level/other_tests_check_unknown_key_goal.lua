-- expect: FILE:16: unknown key 'txt' in a goal (did you mean 'text'?)
return {
  format = 1,
  id = "check.unknown_key_goal",
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
    { talk = "Ada", txt = "Talk to Ada" },
  },
}
