-- expect: FILE: a npc has no field 'name': give the object its name in Tiled's own Name field, not as a custom property
return {
  format = 1,
  id = "check.tiled_name_property",
  quest = "web",
  title = "Check",
  map = "maps/name_property.tmx",
}
