-- expect: DIR/maps/layer_zlib_corrupt.lua: tile layer 'ground': zlib data is corrupt (incorrect header check)
return {
  format = 1,
  id = "check.tiled_layer_zlib_corrupt",
  quest = "web",
  title = "Check",
  map = "maps/layer_zlib_corrupt.lua",
}
