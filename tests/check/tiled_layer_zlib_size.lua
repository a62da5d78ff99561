-- expect: DIR/maps/layer_zlib_short.lua: tile layer 'ground': zlib data holds 4 tiles, expected 16
return {
  format = 1,
  id = "check.tiled_layer_zlib_size",
  quest = "web",
  title = "Check",
  map = "maps/layer_zlib_short.lua",
}
