-- A Tiled-style map table claiming 40000 x 25000 = a billion tiles.
return {
  orientation = "orthogonal", width = 40000, height = 25000,
  tilewidth = 16, tileheight = 16, tilesets = {},
  layers = { { type = "tilelayer", name = "ground", width = 40000, height = 25000, data = {} } },
}
