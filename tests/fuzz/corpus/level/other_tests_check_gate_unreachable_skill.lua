-- expect: FILE:14: skill 'http' cannot be reached from the start
return {
  format = 1,
  id = "check.gate_unreachable_skill",
  quest = "web",
  title = "Check",
  map = {
    legend = {
      o = { type = "skill", skill = "http" },
      G = { type = "gate", requires = "http" },
    },
    rows = {
      "#########",
      "#@..G.o.#",
      "#########",
    },
  },
}
