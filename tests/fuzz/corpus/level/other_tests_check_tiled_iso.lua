-- expect: DIR/maps/iso.lua: this map is isometric; SkillQuest reads orthogonal maps only (Tiled: Map > Map Properties > Orientation)
return {
  format = 1,
  id = "check.tiled_iso",
  quest = "web",
  title = "Check",
  map = "maps/iso.lua",
}
