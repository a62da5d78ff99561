-- expect: nothing
-- a layer given as CSV text (as a .tmx holds it) loads
return {
  format = 1,
  id = "check.tiled_layer_csv",
  quest = "web",
  title = "Check",
  map = "maps/layer_csv.lua",
}
