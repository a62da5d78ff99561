-- expect: nothing
return {
  format = 1,
  id = "check.goal_reach_exit",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "####E##",
      "#@....#",
      "#######",
    },
  },
  goals = {
    { reach = "exit", text = "Find the exit" },
  },
}
