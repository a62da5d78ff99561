return {
  version = "1.5", luaversion = "5.1", tiledversion = "1.8.2",
  orientation = "orthogonal", renderorder = "right-down",
  width = 0, height = 4, tilewidth = 16, tileheight = 16,
  tilesets = { {
      name = "office", firstgid = 1, tilewidth = 16, tileheight = 16, spacing = 0, margin = 0,
      columns = 8, image = "office_tiles.png", imagewidth = 128, imageheight = 32, tilecount = 16,
      tiles = { { id = 5, properties = { ["solid"] = true } }, { id = 99, properties = {} } }
    } },
  layers = { { type = "tilelayer", name = "ground", width = 4, height = 4, encoding = "base64", data = "\nBgAAAAYAAAAGAAAABgAAAAEAAAACAAAAAwAAgAEAAAABAAAAAgAAQAMAAAABAAAABgAAAAYAAAAGAAAgBgAAAA==\n" } }
}
