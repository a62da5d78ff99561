-- expect: FILE:7: map 'maps/fails.lua': DIR/maps/fails.lua:1: this map fails on purpose
return {
  format = 1,
  id = "check.map_runtime_error",
  quest = "web",
  title = "Check",
  map = "maps/fails.lua",
}
