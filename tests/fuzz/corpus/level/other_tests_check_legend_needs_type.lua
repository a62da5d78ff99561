-- expect: FILE: legend entry 'S' needs 'type'
return {
  format = 1,
  id = "check.legend_needs_type",
  quest = "web",
  title = "Check",
  map = {
    legend = { S = { name = "board", text = "Hello" } },
    rows = {
      "#######",
      "#@.S..#",
      "#######",
    },
  },
}
