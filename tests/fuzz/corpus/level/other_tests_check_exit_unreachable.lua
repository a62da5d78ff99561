-- expect: FILE:9: the exit cannot be reached from the start
return {
  format = 1,
  id = "check.exit_unreachable",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "######E##",
      "#@..#...#",
      "#...#...#",
      "#########",
    },
  },
}
