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
      compression = "zstd",
      data = "KLUv/WBgCK0HAFKECxLAJR2/+3r932/6v9/0mSFSphRKIqmZfNFjl9FZotqCevCzAfEodKKowoFuqDZooFB34aCCETHkHBmTF4Te+NYB0tVuTCySl/FvJOaz7bJbk5u3EPZJuNHLb+Ff6TZp/JXi+e2d5hyIX4TJOGuXGcyz7j+1T0tet/uwCyjBToTcagfVP7cyOH908PdL9MfgEw21C9+rCC5hfXTUTOyKLqa9F36K1G78Xr7IOzmNXWeniM65DdthyoGQRZiMs3aZwTzr/lPz0zrMi06l3xyr8O+kezawx02lT4If4bG69szBN06l38/qF4y0Xv3oj2q4UI8F"
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
      compression = "zstd",
      data = "KLUv/WBgCPUAACgABQUFAAmAMPdbgF9jXLUV4yYDcNoRWO3c8FCuBQ=="
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
      compression = "zstd",
      data = "KLUv/WBgCPUDAPgGAAAABwAKCQALBgAAYKAIgAAGAAAgAGAIAAcACQkJLKBAk7EB0IKLprYNcQmPMZ6MGHVhS8AdOJFGazZNgRMV4FJKh3sFVY0M0+0EoPvjUUPq5agFNGfiUPMZDCYNVojSvskpOY12byI/iUQcI/JIivwsnnZTIBF06umSAQ=="
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
            ["quiz"] = "http_status"
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
