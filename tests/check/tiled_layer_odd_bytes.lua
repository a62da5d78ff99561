-- expect: DIR/maps/layer_odd_bytes.lua: tile layer 'ground': layer data is 3 bytes, not a whole number of 4-byte tiles (expected 16 tiles)
return {
  format = 1,
  id = "check.tiled_layer_odd_bytes",
  quest = "web",
  title = "Check",
  map = "maps/layer_odd_bytes.lua",
}
