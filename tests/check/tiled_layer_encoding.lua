-- expect: DIR/maps/layer_csv.lua: tile layer 'ground': unsupported layer encoding 'csv' (expected base64)
return {
  format = 1,
  id = "check.tiled_layer_encoding",
  quest = "web",
  title = "Check",
  map = "maps/layer_csv.lua",
}
