-- expect: FILE:7: map 'maps/not_tiled.lua' is not a Tiled Lua export (it has no orientation and layers)
return {
  format = 1,
  id = "check.map_not_tiled",
  quest = "web",
  title = "Check",
  map = "maps/not_tiled.lua",
}
