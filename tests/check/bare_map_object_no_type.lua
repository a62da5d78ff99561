-- expect: FILE: note: object 2 has no class, so the game ignores it (give it a Class such as npc, sign or exit to make it a thing in the level)
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
      image = "maps/office_tiles.png",
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
      encoding = "lua",
      data = {
        6, 6, 6, 6,
        6, 1, 1, 6,
        6, 1, 1, 6,
        6, 6, 6, 6
      }
    },
    {
      type = "objectgroup",
      name = "objects",
      objects = {
        { id = 1, name = "", type = "start", shape = "point", x = 24, y = 24, properties = {} },
        { id = 2, name = "", type = "", shape = "point", x = 40, y = 24, properties = {} }
      }
    }
  }
}
