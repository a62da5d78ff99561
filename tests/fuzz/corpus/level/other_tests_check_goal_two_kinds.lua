-- expect: FILE:15: goals[2] names more than one of collect, talk, answer, reach
return {
  format = 1,
  id = "check.goal_two_kinds",
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
    { talk = "Ada" },
    { talk = "Ada", reach = "Ada" },
  },
}
