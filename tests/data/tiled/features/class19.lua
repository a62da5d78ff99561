return {
  version = "1.9",
  luaversion = "5.1",
  tiledversion = "1.9.2",
  class = "",
  orientation = "orthogonal",
  renderorder = "right-down",
  width = 4,
  height = 3,
  tilewidth = 24,
  tileheight = 24,
  nextlayerid = 3,
  nextobjectid = 3,
  properties = {},
  tilesets = {
    {
      name = "features",
      firstgid = 1,
      class = "",
      filename = "features.tsx"
    }
  },
  layers = {
    {
      type = "tilelayer",
      x = 0,
      y = 0,
      width = 4,
      height = 3,
      id = 1,
      name = "floor",
      class = "",
      visible = true,
      opacity = 1,
      offsetx = 0,
      offsety = 0,
      parallaxx = 1,
      parallaxy = 1,
      tintcolor = { 255, 128, 0, 128 },
      properties = {},
      encoding = "base64",
      compression = "zstd",
      data = "KLUv/QBYtQAAaAEAAAACAAAAAQAAAAQCADMZsKx8AQ=="
    },
    {
      type = "objectgroup",
      draworder = "topdown",
      id = 2,
      name = "things",
      class = "",
      visible = true,
      opacity = 1,
      offsetx = 0,
      offsety = 0,
      parallaxx = 1,
      parallaxy = 1,
      properties = {},
      objects = {
        {
          id = 1,
          name = "",
          class = "start",
          shape = "rectangle",
          x = 24,
          y = 24,
          width = 24,
          height = 24,
          rotation = 0,
          visible = true,
          properties = {}
        },
        {
          id = 2,
          name = "Ada",
          class = "npc",
          shape = "rectangle",
          x = 48,
          y = 24,
          width = 24,
          height = 24,
          rotation = 0,
          visible = true,
          properties = {
            ["dialogue"] = "intro"
          }
        }
      }
    }
  }
}
