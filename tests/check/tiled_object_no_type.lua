-- expect: DIR/maps/object_no_type.lua: note: object 2 'sign' has no class, so the game ignores it (give it a Class such as npc, sign or exit to make it a thing in the level)
return {
  format = 1,
  id = "check.tiled_object_no_type",
  quest = "web",
  title = "Check",
  map = "maps/object_no_type.lua",
}
