-- expect: DIR/maps/map_0x4.lua: the map is 0x4 tiles; each side must be 1 to 512
return {
  format = 1,
  id = "check.tiled_map_size",
  quest = "web",
  title = "Check",
  map = "maps/map_0x4.lua",
}
