-- expect: FILE: a goal has a key 1 that is not a name
return {
  format = 1,
  id = "check.goal_key_not_a_name",
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
    { talk = "Ada", "Talk to Ada" },
  },
}
