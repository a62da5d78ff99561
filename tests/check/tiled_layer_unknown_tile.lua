-- expect: DIR/maps/layer_unknown_tile.lua: tile layer 'ground' uses tile 99, which no tileset has
return {
  format = 1,
  id = "check.tiled_layer_unknown_tile",
  quest = "web",
  title = "Check",
  map = "maps/layer_unknown_tile.lua",
}
