-- expect: DIR/maps/layer_partial.lua: tile layer 'ground': base64 data ends in the middle of a 4-character group
return {
  format = 1,
  id = "check.tiled_layer_base64_partial",
  quest = "web",
  title = "Check",
  map = "maps/layer_partial.lua",
}
