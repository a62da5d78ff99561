-- expect: FILE:14: 'goals' must be a list
return {
  format = 1,
  id = "check.goals_not_list",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  goals = "Win",
}
