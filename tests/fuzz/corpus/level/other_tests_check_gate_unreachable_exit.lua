-- expect: FILE:13: the exit cannot be reached from the start
return {
  format = 1,
  id = "check.gate_unreachable_exit",
  quest = "web",
  title = "Check",
  map = {
    legend = {
      ["1"] = { type = "skill", skill = "html" },
      G = { type = "gate", requires = "html, css" },
    },
    rows = {
      "#######E#",
      "#@1.#...#",
      "#...G...#",
      "#########",
    },
  },
}
