-- expect: DIR/maps/not_a_map.tmx:2: this is not a Tiled map: its root element is <tileset>, not <map>
return {
  format = 1,
  id = "check.tiled_tmx_root",
  quest = "web",
  title = "Check",
  map = "maps/not_a_map.tmx",
}
