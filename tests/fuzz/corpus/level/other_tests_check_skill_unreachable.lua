-- expect: FILE:12: skill 'http' cannot be reached from the start
return {
  format = 1,
  id = "check.skill_unreachable",
  quest = "web",
  title = "Check",
  map = {
    legend = { o = { type = "skill", skill = "http" } },
    rows = {
      "#########",
      "#@..#...#",
      "#...#.o.#",
      "#########",
    },
  },
}
