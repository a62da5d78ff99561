-- expect: DIR/maps/infinite.lua: tile layer 'ground' is infinite (chunked); untick Map > Infinite in Tiled
return {
  format = 1,
  id = "check.tiled_infinite",
  quest = "web",
  title = "Check",
  map = "maps/infinite.lua",
}
