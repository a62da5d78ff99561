-- expect: FILE:8: 'name' in legend entry 'M' must be a string, not a number
return {
  format = 1,
  id = "check.legend_name_not_string",
  quest = "web",
  title = "Check",
  map = {
    legend = { M = { type = "mentor", name = 7 } },
    rows = {
      "#######",
      "#@.M..#",
      "#######",
    },
  },
}
