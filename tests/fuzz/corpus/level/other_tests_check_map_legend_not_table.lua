-- expect: FILE:8: map legend must be a table
return {
  format = 1,
  id = "check.map_legend_not_table",
  quest = "web",
  title = "Check",
  map = {
    legend = "default",
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
}
