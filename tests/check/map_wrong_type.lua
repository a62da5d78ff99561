-- expect: FILE:7: 'map' must be a table or a file name
return {
  format = 1,
  id = "check.map_wrong_type",
  quest = "web",
  title = "Check",
  map = 5,
}
