return {
  version = "1.5", luaversion = "5.1", tiledversion = "1.8.2",
  orientation = "orthogonal", renderorder = "right-down",
  width = 4, height = 4, tilewidth = 16, tileheight = 16,
  tilesets = { { name = "ext", firstgid = 1, filename = "external.tsx" },
    { name = "abs", firstgid = 17, tilewidth = 16, tileheight = 16, columns = 1, tilecount = 1, image = "/etc/x.png" },
    { name = "up", firstgid = 18, tilewidth = 16, tileheight = 16, columns = 1, tilecount = 1, image = "../x.png" },
    { name = "big", firstgid = 19, tilewidth = 32, tileheight = 32, columns = 1, tilecount = 1, image = "office_tiles.png" },
    { name = "sp", firstgid = 20, tilewidth = 16, tileheight = 16, columns = 1, tilecount = 1, margin = 1, spacing = 2, image = "office_tiles.png" },
    { name = "none", firstgid = 21, tilewidth = 16, tileheight = 16, columns = 1, tilecount = 1 },
    { name = "gone", firstgid = 22, tilewidth = 16, tileheight = 16, columns = 1, tilecount = 1, image = "gone.png" },
    { name = "huge", firstgid = 0, tilewidth = 16, tileheight = 16, columns = 0, tilecount = 70000, image = "office_tiles.png" },
    {
      name = "office", firstgid = 4294967295, tilewidth = 16, tileheight = 16, spacing = 0, margin = 0,
      columns = 8, image = "office_tiles.png", imagewidth = 128, imageheight = 32, tilecount = 16,
      tiles = { { id = 5, properties = { ["solid"] = true } }, { id = 99, properties = {} } }
    },
    5 },
  layers = { { type = "tilelayer", name = "ground", width = 4, height = 4, encoding = "base64", data = "\nBgAAAAYAAAAGAAAABgAAAAEAAAACAAAAAwAAgAEAAAABAAAAAgAAQAMAAAABAAAABgAAAAYAAAAGAAAgBgAAAA==\n" } }
}
