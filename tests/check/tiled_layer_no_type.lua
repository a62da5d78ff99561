-- expect: DIR/maps/layer_no_type.lua: layer '?' is a layer of unknown type; SkillQuest reads tile and object layers
return {
  format = 1,
  id = "check.tiled_layer_no_type",
  quest = "web",
  title = "Check",
  map = "maps/layer_no_type.lua",
}
