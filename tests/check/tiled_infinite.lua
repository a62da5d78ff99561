-- expect: nothing
-- an infinite map (chunked layers) loads: the world is the box around its tiles
return {
  format = 1,
  id = "check.tiled_infinite",
  quest = "web",
  title = "Check",
  map = "maps/infinite.lua",
}
