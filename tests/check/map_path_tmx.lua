-- expect: FILE:7: map 'maps/nowhere.tmx': cannot open the file
return {
  format = 1,
  id = "check.map_path_tmx",
  quest = "web",
  title = "Check",
  map = "maps/nowhere.tmx",
}
