-- expect: DIR/maps/external.lua: external tileset 'external.tsx' is missing next to the map
return {
  format = 1,
  id = "check.tiled_external_tileset",
  quest = "web",
  title = "Check",
  map = "maps/external.lua",
}
