-- expect: DIR/maps/office_zstd.lua: tile layer 'ground': unsupported layer compression 'zstd' (expected zlib, gzip or none)
-- expect: DIR/maps/office_zstd.lua: tile layer 'decor': unsupported layer compression 'zstd' (expected zlib, gzip or none)
-- expect: DIR/maps/office_zstd.lua: tile layer 'walls': unsupported layer compression 'zstd' (expected zlib, gzip or none)
return {
  format = 1,
  id = "check.tiled_zstd",
  quest = "web",
  title = "Check",
  map = "maps/office_zstd.lua",
}
