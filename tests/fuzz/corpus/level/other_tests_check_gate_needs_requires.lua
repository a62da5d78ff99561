-- expect: FILE:11: gate needs 'requires' (the skill that opens it)
return {
  format = 1,
  id = "check.gate_needs_requires",
  quest = "web",
  title = "Check",
  map = {
    legend = { G = "gate" },
    rows = {
      "#######",
      "#@.G..#",
      "#######",
    },
  },
}
