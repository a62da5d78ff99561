-- expect: FILE:7: map '../check/maps/small.lua' must be a Tiled map (.tmx) or its Lua export (.lua), given by a relative path inside the level's folder
return {
  format = 1,
  id = "check.map_path_outside",
  quest = "web",
  title = "Check",
  map = "../check/maps/small.lua",
}
