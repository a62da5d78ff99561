-- expect: FILE:14: goals[1] needs one of collect, talk, answer or reach
return {
  format = 1,
  id = "check.goal_needs_kind",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  goals = {
    { text = "Win" },
  },
}
