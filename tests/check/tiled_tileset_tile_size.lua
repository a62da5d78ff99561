-- expect: DIR/maps/tileset_32px.lua: tileset 1 has 32x32 tiles; SkillQuest uses 16x16
return {
  format = 1,
  id = "check.tiled_tileset_tile_size",
  quest = "web",
  title = "Check",
  map = "maps/tileset_32px.lua",
}
