-- expect: DIR/maps/map_32px.lua: the map has 32x32 tiles; SkillQuest uses 16x16
return {
  format = 1,
  id = "check.tiled_map_tile_size",
  quest = "web",
  title = "Check",
  map = "maps/map_32px.lua",
}
