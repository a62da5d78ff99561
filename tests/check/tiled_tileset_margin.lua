-- expect: DIR/maps/tileset_margin.lua: tileset 1 has a margin or spacing; export its image without them
return {
  format = 1,
  id = "check.tiled_tileset_margin",
  quest = "web",
  title = "Check",
  map = "maps/tileset_margin.lua",
}
