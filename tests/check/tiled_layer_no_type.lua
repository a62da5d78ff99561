-- expect: DIR/maps/layer_no_type.lua: layer '?' has no type; Tiled writes tilelayer, objectgroup, imagelayer or group
return {
  format = 1,
  id = "check.tiled_layer_no_type",
  quest = "web",
  title = "Check",
  map = "maps/layer_no_type.lua",
}
