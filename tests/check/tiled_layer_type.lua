-- expect: nothing
-- an image layer loads (the game draws it later)
return {
  format = 1,
  id = "check.tiled_layer_type",
  quest = "web",
  title = "Check",
  map = "maps/image_layer.lua",
}
