-- expect: DIR/maps/bad_frame.tmx:5: tile 11's animation shows tile 40, which tileset 'office' does not have
return {
  format = 1,
  id = "check.tiled_tmx_animation_frame",
  quest = "web",
  title = "Check",
  map = "maps/bad_frame.tmx",
}
