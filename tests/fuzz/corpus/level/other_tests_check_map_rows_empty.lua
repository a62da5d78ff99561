-- expect: FILE:8: map rows are 0 characters wide; they need 1 to 512
return {
  format = 1,
  id = "check.map_rows_empty",
  quest = "web",
  title = "Check",
  map = {
    rows = { "" },
  },
}
