return {
  version = "1.5",
  luaversion = "5.1",
  tiledversion = "1.8.2",
  orientation = "orthogonal",
  renderorder = "right-down",
  width = 30,
  height = 20,
  tilewidth = 16,
  tileheight = 16,
  nextlayerid = 5,
  nextobjectid = 9,
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
      width = 30,
      height = 20,
      id = 1,
      name = "ground",
      visible = true,
      opacity = 1,
      offsetx = 0,
      offsety = 0,
      parallaxx = 1,
      parallaxy = 1,
      properties = {},
      encoding = "base64",
      compression = "zlib",
      data = "eJzdk+0NwyAMRK8kgzBKRskoGSWjeBRGaVFxQl388QOpUpEQUvJ0l4cc4L/XQ3k22gnY67kAh8ZIdpS3drvvV3JKO7PXzeyLyRiwfW9lA77EeQFfmuSbhctmdPKdFATYgC/nUcA3a74dc3i+q7NHedWz+Rare1avdIncyYzepf1Dr9wT71PtruxMX56l2m10lsm+1DoBv5sm+14uRufm+S7fLruRx3NDCLBWr8hT/wvJOnlnwPcUs0peXmqz6rEBX87bAr6XS+ROmEv3O/VO0/0dKosAyyvdd/oxS1a3xsJgZe8v1hNXVSeT"
    },
    {
      type = "tilelayer",
      x = 0,
      y = 0,
      width = 30,
      height = 20,
      id = 2,
      name = "decor",
      visible = true,
      opacity = 1,
      offsetx = 0,
      offsety = 0,
      parallaxx = 1,
      parallaxy = 1,
      properties = {},
      encoding = "base64",
      compression = "zlib",
      data = "eJxjYBi5gBWKkdn4MC696GL49I2CUTAKBg8YzZ+jYBSMAloBACqRAGU="
    },
    {
      type = "tilelayer",
      x = 0,
      y = 0,
      width = 30,
      height = 20,
      id = 3,
      name = "walls",
      visible = true,
      opacity = 1,
      offsetx = 0,
      offsety = 0,
      parallaxx = 1,
      parallaxy = 1,
      properties = {
        ["solid"] = true
      },
      encoding = "base64",
      compression = "zlib",
      data = "eJztlV0KgCAQhPfJn7qER/MoHsWjpqQgC+IIawb1wdDLMBMMtYqI1CZpQfXyiHmyjqKKJYyzUSXleZ7Hqb2SIHmLeuNsr7kVkPyeN+W52V4J8r7lvYJ5thfyvGFfCfTYsqQX4d9XpNfl54bvyAOeT+8783/m96/JdOgdRO/tCEvjfW3Tu0MX91sLJQ=="
    },
    {
      type = "objectgroup",
      draworder = "topdown",
      id = 4,
      name = "objects",
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
          type = "start",
          shape = "point",
          x = 56,
          y = 264,
          width = 0,
          height = 0,
          rotation = 0,
          visible = true,
          properties = {}
        },
        {
          id = 2,
          name = "Ada",
          type = "npc",
          shape = "rectangle",
          x = 64,
          y = 224,
          width = 16,
          height = 16,
          rotation = 0,
          visible = true,
          properties = {
            ["dialogue"] = "intro"
          }
        },
        {
          id = 3,
          name = "http terminal",
          type = "terminal",
          shape = "rectangle",
          x = 192,
          y = 32,
          width = 16,
          height = 16,
          rotation = 0,
          visible = true,
          properties = {
            ["quiz"] = "web_http_2, web_http_5"
          }
        },
        {
          id = 4,
          name = "http orb",
          type = "skill",
          shape = "point",
          x = 152,
          y = 152,
          width = 0,
          height = 0,
          rotation = 0,
          visible = true,
          properties = {
            ["skill"] = "http"
          }
        },
        {
          id = 5,
          name = "http gate",
          type = "gate",
          shape = "rectangle",
          x = 320,
          y = 160,
          width = 16,
          height = 16,
          rotation = 0,
          visible = true,
          properties = {
            ["requires"] = "http"
          }
        },
        {
          id = 6,
          name = "exit",
          type = "exit",
          shape = "rectangle",
          x = 416,
          y = 16,
          width = 16,
          height = 16,
          rotation = 0,
          visible = true,
          properties = {}
        },
        {
          id = 7,
          name = "bug",
          type = "bug",
          shape = "rectangle",
          x = 224,
          y = 224,
          width = 16,
          height = 16,
          rotation = 0,
          visible = true,
          properties = {
            ["speed"] = 40
          }
        },
        {
          id = 8,
          name = "bug",
          type = "bug",
          shape = "rectangle",
          x = 384,
          y = 192,
          width = 16,
          height = 16,
          rotation = 0,
          visible = true,
          properties = {
            ["speed"] = 40
          }
        }
      }
    }
  }
}
