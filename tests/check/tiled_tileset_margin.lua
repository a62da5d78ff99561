-- expect: nothing
-- a tileset with a margin loads
return {
  format = 1,
  id = "check.tiled_tileset_margin",
  quest = "web",
  title = "Check",
  map = "maps/tileset_margin.lua",
}
