-- expect: DIR/maps/tileset_no_image.lua: tileset 1 has no single image (image collections are not supported): use one PNG with all tiles
return {
  format = 1,
  id = "check.tiled_tileset_no_image",
  quest = "web",
  title = "Check",
  map = "maps/tileset_no_image.lua",
}
