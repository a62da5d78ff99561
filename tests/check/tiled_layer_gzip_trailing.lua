-- expect: DIR/maps/layer_gzip_trailing.lua: tile layer 'ground': gzip data has 4 bytes of trailing garbage
return {
  format = 1,
  id = "check.tiled_layer_gzip_trailing",
  quest = "web",
  title = "Check",
  map = "maps/layer_gzip_trailing.lua",
}
