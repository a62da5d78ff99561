-- expect: DIR/maps/layer_short.lua: tile layer 'ground' has 15 tiles; a 4x4 map needs 16
return {
  format = 1,
  id = "check.tiled_layer_size",
  quest = "web",
  title = "Check",
  map = "maps/layer_short.lua",
}
