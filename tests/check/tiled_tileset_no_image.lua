-- expect: DIR/maps/tileset_no_image.lua: tileset 'office' has no image: SkillQuest needs one PNG holding every tile
return {
  format = 1,
  id = "check.tiled_tileset_no_image",
  quest = "web",
  title = "Check",
  map = "maps/tileset_no_image.lua",
}
