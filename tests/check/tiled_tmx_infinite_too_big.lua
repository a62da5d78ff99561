-- expect: DIR/maps/huge_infinite.tmx:2: the infinite map's tiles and objects span 601x1 tiles; each side must be 1 to 512
return {
  format = 1,
  id = "check.tiled_tmx_infinite_too_big",
  quest = "web",
  title = "Check",
  map = "maps/huge_infinite.tmx",
}
