return {
  orientation = "orthogonal",
  width = 4,
  height = 4,
  tilewidth = 16,
  tileheight = 16,
  tilesets = {
    {
      name = "office",
      firstgid = 1,
      tilewidth = 16,
      tileheight = 16,
      spacing = 0,
      margin = 0,
      columns = 8,
      image = "office_tiles.png",
      imagewidth = 128,
      imageheight = 32,
      tilecount = 16,
      tiles = {
        { id = 5, properties = { ["solid"] = true } }
      }
    }
  },
  layers = {
    {
      type = "tilelayer",
      width = 4,
      height = 4,
      name = "ground",
      properties = {},
      encoding = "base32",
      data = "6,6,6,6,6,1,1,6,6,1,1,6,6,6,6,6"
    },
    {
      type = "objectgroup",
      name = "objects",
      objects = {
        { id = 1, name = "", type = "start", shape = "point", x = 24, y = 24, properties = {} }
      }
    }
  }
}
