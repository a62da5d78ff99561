-- expect: DIR/maps/five_layers.lua: tile layer 'layer5': at most 4 visible tile layers are drawn; merge some (hidden layers do not count)
return {
  format = 1,
  id = "check.tiled_too_many_layers",
  quest = "web",
  title = "Check",
  map = "maps/five_layers.lua",
}
