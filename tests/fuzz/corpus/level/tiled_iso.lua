return {
  version = "1.5",
  luaversion = "5.1",
  tiledversion = "1.8.2",
  orientation = "isometric",
  renderorder = "right-down",
  width = 4,
  height = 4,
  tilewidth = 16,
  tileheight = 16,
  nextlayerid = 2,
  nextobjectid = 1,
  properties = {},
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
      objectalignment = "unspecified",
      tileoffset = {
        x = 0,
        y = 0
      },
      grid = {
        orientation = "orthogonal",
        width = 16,
        height = 16
      },
      properties = {},
      wangsets = {},
      tilecount = 16,
      tiles = {
        {
          id = 5,
          properties = {
            ["solid"] = true
          }
        },
        {
          id = 6,
          properties = {
            ["solid"] = true
          }
        },
        {
          id = 7,
          properties = {
            ["solid"] = true
          }
        },
        {
          id = 8,
          properties = {
            ["solid"] = true
          }
        },
        {
          id = 9,
          properties = {
            ["solid"] = true
          }
        },
        {
          id = 10,
          properties = {
            ["solid"] = true
          }
        }
      }
    }
  },
  layers = {
    {
      type = "tilelayer",
      x = 0,
      y = 0,
      width = 4,
      height = 4,
      id = 1,
      name = "ground",
      visible = true,
      opacity = 1,
      offsetx = 0,
      offsety = 0,
      parallaxx = 1,
      parallaxy = 1,
      properties = {},
      encoding = "lua",
      data = {
        6, 6, 6, 6,
        1, 2, 2147483651, 1,
        1, 2, 2147483651, 1,
        1, 2, 2147483651, 1
      }
    }
  }
}
