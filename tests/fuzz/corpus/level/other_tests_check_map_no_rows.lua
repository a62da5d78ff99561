-- expect: FILE:8: map has 0 rows; it needs 1 to 512
return {
  format = 1,
  id = "check.map_no_rows",
  quest = "web",
  title = "Check",
  map = {
    rows = {},
  },
}
