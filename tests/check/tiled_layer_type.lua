-- expect: DIR/maps/image_layer.lua: layer 'sky' is an imagelayer; SkillQuest reads tile and object layers
return {
  format = 1,
  id = "check.tiled_layer_type",
  quest = "web",
  title = "Check",
  map = "maps/image_layer.lua",
}
