-- expect: DIR/maps/object_no_type.lua: object 2 'sign' has no type (Tiled's Class field): set it to start, exit, npc, terminal, skill, gate, bug or a level behaviour
return {
  format = 1,
  id = "check.tiled_object_no_type",
  quest = "web",
  title = "Check",
  map = "maps/object_no_type.lua",
}
