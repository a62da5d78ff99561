-- expect: nothing
-- a map with 32x32 tiles loads, scaled to the 16 px grid: objects scale with it
return {
  format = 1,
  id = "check.tiled_map_tile_size",
  quest = "web",
  title = "Check",
  map = "maps/map_32px.lua",
}
