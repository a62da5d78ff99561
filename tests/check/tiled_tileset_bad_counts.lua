-- expect: nothing
-- a tileset without columns gets them from its image's width
return {
  format = 1,
  id = "check.tiled_tileset_bad_counts",
  quest = "web",
  title = "Check",
  map = "maps/tileset_no_columns.lua",
}
