-- expect: DIR/maps/broken.tsx:2: <tileset> has tilewidth="sixteen"; expected a whole number from 1 to 4096
return {
  format = 1,
  id = "check.tiled_tmx_tsx_error",
  quest = "web",
  title = "Check",
  map = "maps/broken_tileset.tmx",
}
