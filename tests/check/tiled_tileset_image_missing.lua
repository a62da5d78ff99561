-- expect: DIR/maps/tileset_image_missing.lua: tileset image 'tiles/missing.png' is missing next to the map
return {
  format = 1,
  id = "check.tiled_tileset_image_missing",
  quest = "web",
  title = "Check",
  map = "maps/tileset_image_missing.lua",
}
