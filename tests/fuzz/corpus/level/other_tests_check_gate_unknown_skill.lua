-- expect: FILE:11: gate requires unknown skill 'htlm'
return {
  format = 1,
  id = "check.gate_unknown_skill",
  quest = "web",
  title = "Check",
  map = {
    legend = { G = { type = "gate", requires = "http, htlm" } },
    rows = {
      "#######",
      "#@.G..#",
      "#######",
    },
  },
}
