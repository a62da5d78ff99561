-- expect: DIR/maps/layer_byte.lua: tile layer 'ground': invalid base64 byte 0x01 at offset 4
return {
  format = 1,
  id = "check.tiled_layer_base64_byte",
  quest = "web",
  title = "Check",
  map = "maps/layer_byte.lua",
}
