-- expect: FILE:10: map row 2 is not a string
return {
  format = 1,
  id = "check.map_row_not_string",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      { "#@....#" },
      "#######",
    },
  },
}
