-- expect: nothing
return {
  format = 1,
  id = "check.valid_tiled_small",
  quest = "web",
  title = "Check",
  map = "maps/small.lua",
}
