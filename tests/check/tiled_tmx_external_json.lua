-- expect: DIR/maps/json_tileset.tmx:3: external tileset 'office.tsj' is not a .tsx file (Tiled's XML tileset): save the tileset as .tsx, or embed it in the map
return {
  format = 1,
  id = "check.tiled_tmx_external_json",
  quest = "web",
  title = "Check",
  map = "maps/json_tileset.tmx",
}
