-- expect: nothing
return {
  format = 1,
  id = "check.valid_gate_chain",
  quest = "web",
  title = "Check",
  map = {
    legend = {
      ["1"] = { type = "skill", skill = "http" },
      ["2"] = { type = "skill", skill = "html" },
      G = { type = "gate", requires = "http" },
      H = { type = "gate", requires = "http, html" },
    },
    rows = {
      "#########E#",
      "#@1#..#...#",
      "#..G.2H...#",
      "###########",
    },
  },
  goals = {
    { collect = "html", text = "Learn HTML" },
  },
}
