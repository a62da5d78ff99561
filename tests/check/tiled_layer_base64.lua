-- expect: DIR/maps/layer_base64_char.lua: tile layer 'ground': invalid base64 character '*' at offset 4
return {
  format = 1,
  id = "check.tiled_layer_base64",
  quest = "web",
  title = "Check",
  map = "maps/layer_base64_char.lua",
}
