-- expect: FILE:7: map 'maps/office.tmx' must be a Tiled Lua export (.lua) given by a relative path inside the level's folder
return {
  format = 1,
  id = "check.map_path_tmx",
  quest = "web",
  title = "Check",
  map = "maps/office.tmx",
}
