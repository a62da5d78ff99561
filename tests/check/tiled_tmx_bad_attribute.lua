-- expect: DIR/maps/bad_attribute.tmx:2: <map> has width="two"; expected a whole number from 0 to 4096
return {
  format = 1,
  id = "check.tiled_tmx_bad_attribute",
  quest = "web",
  title = "Check",
  map = "maps/bad_attribute.tmx",
}
