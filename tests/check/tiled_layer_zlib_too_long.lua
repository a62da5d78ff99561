-- expect: DIR/maps/layer_zlib_bomb.lua: tile layer 'ground': zlib data holds more data than the 16 tiles expected (gave up 1048576 bytes past them)
return {
  format = 1,
  id = "check.tiled_layer_zlib_too_long",
  quest = "web",
  title = "Check",
  map = "maps/layer_zlib_bomb.lua",
}
