-- expect: DIR/maps/layer_bad_tile.lua: tile layer 'ground' tile 11 is not a tile id
return {
  format = 1,
  id = "check.tiled_layer_bad_tile",
  quest = "web",
  title = "Check",
  map = "maps/layer_bad_tile.lua",
}
