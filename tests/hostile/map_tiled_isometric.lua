-- An isometric Tiled map: not supported, said so.
return {
  orientation = "isometric", width = 10, height = 10, tilewidth = 16, tileheight = 16,
  tilesets = {}, layers = {},
}
