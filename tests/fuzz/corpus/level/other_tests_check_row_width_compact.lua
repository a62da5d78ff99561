-- expect: FILE:9: map row 3 is 6 characters wide; row 1 is 7: every row must be as wide
return {
  format = 1,
  id = "check.row_width_compact",
  quest = "web",
  title = "Check",
  map = {
    rows = { "#######", "#@....#",
             "######" },
  },
}
