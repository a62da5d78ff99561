-- expect: FILE:14: goals[1] must be a table like { collect = "http" }
return {
  format = 1,
  id = "check.goal_not_table",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  goals = { "Talk to Ada" },
}
