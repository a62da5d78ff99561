-- expect: FILE:10: map row 2 is 6 characters wide; row 1 is 7: every row must be as wide
return {
  format = 1,
  id = "check.row_width",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@...#",
      "#######",
    },
  },
}
