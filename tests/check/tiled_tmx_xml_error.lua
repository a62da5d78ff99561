-- expect: DIR/maps/broken.tmx:6: not well-formed XML: mismatched tag
return {
  format = 1,
  id = "check.tiled_tmx_xml_error",
  quest = "web",
  title = "Check",
  map = "maps/broken.tmx",
}
