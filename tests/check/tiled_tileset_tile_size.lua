-- expect: nothing
-- 32x32 tiles on a 16x16 map are drawn at the map's scale
return {
  format = 1,
  id = "check.tiled_tileset_tile_size",
  quest = "web",
  title = "Check",
  map = "maps/tileset_32px.lua",
}
