-- expect: DIR/maps/layer_padding.lua: tile layer 'ground': misplaced base64 padding at offset 1
return {
  format = 1,
  id = "check.tiled_layer_base64_padding",
  quest = "web",
  title = "Check",
  map = "maps/layer_padding.lua",
}
