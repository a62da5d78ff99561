-- expect: DIR/maps/layer_name_number.lua:9: 'name' in a layer must be a string, not a number
return {
  format = 1,
  id = "check.tiled_layer_name_not_string",
  quest = "web",
  title = "Check",
  map = "maps/layer_name_number.lua",
  objects = {
    { type = "sign", name = "board", x = 2, y = 1 },
  },
}
