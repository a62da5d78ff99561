-- expect: DIR/maps/tileset_image_outside.lua: tileset image '../office_tiles.png' must be a relative path inside the level's folder
return {
  format = 1,
  id = "check.tiled_tileset_image_path",
  quest = "web",
  title = "Check",
  map = "maps/tileset_image_outside.lua",
}
