-- expect: DIR/maps/bad_csv.tmx:7: tile layer 'ground' data: CSV data has 'x' where a tile id should be (tile 4)
return {
  format = 1,
  id = "check.tiled_tmx_bad_csv",
  quest = "web",
  title = "Check",
  map = "maps/bad_csv.tmx",
}
