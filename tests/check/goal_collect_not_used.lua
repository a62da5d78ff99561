-- expect: FILE:18: goal 'Hold HTTP': the orb teaches 'http', but nothing the player can reach asks one of its exercises, so it cannot be held (give a terminal or a person quiz = an exercise with skill = "http")
return {
  format = 1,
  id = "check.goal_collect_not_used",
  quest = "web",
  title = "Check",
  map = {
    legend = {
      ["1"] = { type = "skill", skill = "http" },
    },
    rows = {
      "#######",
      "#@.1..#",
      "###E###",
    },
  },
  goals = {
    { collect = "http", text = "Hold HTTP" },
  },
}
