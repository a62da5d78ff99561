-- expect: FILE:7: map 'maps/nowhere.lua': cannot open the file
return {
  format = 1,
  id = "check.map_file_missing",
  quest = "web",
  title = "Check",
  map = "maps/nowhere.lua",
}
