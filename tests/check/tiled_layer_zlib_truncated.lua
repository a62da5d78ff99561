-- expect: DIR/maps/layer_zlib_truncated.lua: tile layer 'ground': zlib data is truncated
return {
  format = 1,
  id = "check.tiled_layer_zlib_truncated",
  quest = "web",
  title = "Check",
  map = "maps/layer_zlib_truncated.lua",
}
