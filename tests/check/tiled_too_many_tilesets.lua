-- expect: DIR/maps/tilesets_65.lua: the map has 65 tilesets; at most 64
return {
  format = 1,
  id = "check.tiled_too_many_tilesets",
  quest = "web",
  title = "Check",
  map = "maps/tilesets_65.lua",
}
