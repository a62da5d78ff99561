-- expect: DIR/maps/layer_no_data.lua: tile layer 'ground' has no data Tiled's Lua export would write
return {
  format = 1,
  id = "check.tiled_layer_no_data",
  quest = "web",
  title = "Check",
  map = "maps/layer_no_data.lua",
}
