-- expect: FILE:8: map rows are 513 characters wide; they need 1 to 512
return {
  format = 1,
  id = "check.map_rows_too_wide",
  quest = "web",
  title = "Check",
  map = {
    rows = { "#@" .. string.rep("#", 511) },
  },
}
