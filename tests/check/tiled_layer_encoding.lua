-- expect: DIR/maps/layer_base32.lua: tile layer 'ground': unsupported layer encoding 'base32' (expected base64 or csv)
return {
  format = 1,
  id = "check.tiled_layer_encoding",
  quest = "web",
  title = "Check",
  map = "maps/layer_base32.lua",
}
