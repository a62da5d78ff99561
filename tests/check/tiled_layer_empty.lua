-- expect: DIR/maps/layer_empty.lua: tile layer 'ground': layer data is empty, expected 16 tiles
return {
  format = 1,
  id = "check.tiled_layer_empty",
  quest = "web",
  title = "Check",
  map = "maps/layer_empty.lua",
}
