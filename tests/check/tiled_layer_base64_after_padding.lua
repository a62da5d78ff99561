-- expect: DIR/maps/layer_after_padding.lua: tile layer 'ground': base64 data continues after its padding at offset 4
return {
  format = 1,
  id = "check.tiled_layer_base64_after_padding",
  quest = "web",
  title = "Check",
  map = "maps/layer_after_padding.lua",
}
