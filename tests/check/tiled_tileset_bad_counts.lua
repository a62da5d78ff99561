-- expect: DIR/maps/tileset_no_columns.lua: tileset 1 has a bad firstgid, tilecount or columns
return {
  format = 1,
  id = "check.tiled_tileset_bad_counts",
  quest = "web",
  title = "Check",
  map = "maps/tileset_no_columns.lua",
}
