-- expect: DIR/maps/external.lua: the map uses the external tileset 'external.tsx'; in Tiled, embed it (the Embed Tileset button in the Tilesets view, or Preferences > Export Options > Embed tilesets) and export again
return {
  format = 1,
  id = "check.tiled_external_tileset",
  quest = "web",
  title = "Check",
  map = "maps/external.lua",
}
