-- expect: FILE:7: map needs 'rows', a list of strings, one per row
return {
  format = 1,
  id = "check.map_needs_rows",
  quest = "web",
  title = "Check",
  map = {
    legend = { X = "floor" },
  },
}
