-- expect: DIR/maps/layer_base64_size.lua: tile layer 'ground': layer data holds 4 tiles, expected 16
return {
  format = 1,
  id = "check.tiled_layer_base64_size",
  quest = "web",
  title = "Check",
  map = "maps/layer_base64_size.lua",
}
