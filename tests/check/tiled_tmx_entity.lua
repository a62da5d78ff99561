-- expect: DIR/maps/entity.tmx:3: the file declares XML entities, which Tiled never writes: refused
return {
  format = 1,
  id = "check.tiled_tmx_entity",
  quest = "web",
  title = "Check",
  map = "maps/entity.tmx",
}
