return {
  version = "1.5", luaversion = "5.1", tiledversion = "1.8.2",
  orientation = "orthogonal", renderorder = "right-down",
  width = 4, height = 4, tilewidth = 16, tileheight = 16,
  tilesets = { {
      name = "office", firstgid = 1, tilewidth = 16, tileheight = 16, spacing = 0, margin = 0,
      columns = 8, image = "office_tiles.png", imagewidth = 128, imageheight = 32, tilecount = 16,
      tiles = { { id = 5, properties = { ["solid"] = true } }, { id = 99, properties = {} } }
    } },
  layers = { { type = "tilelayer", name = "ground", width = 4, height = 4, encoding = "base64", data = "\nBgAAAAYAAAAGAAAABgAAAAEAAAACAAAAAwAAgAEAAAABAAAAAgAAQAMAAAABAAAABgAAAAYAAAAGAAAgBgAAAA==\n" },
    { type = "objectgroup", name = "things", objects = {
      { id = 1, name = "", type = "start", x = 16, y = 16, width = 16, height = 16 },
      { id = 2, name = "Ada", class = "npc", x = 32, y = 16, properties = { dialogue = "intro", n = 2, b = true } },
      { id = 3, name = "door", type = "exit", x = 48, y = 48 },
      { id = 4, type = "", x = -5, y = 1e9 },
      { id = 5, type = "bug", x = 0 / 0, y = 16, properties = { [1] = "x", speed = 1.5 } }
    } } }
}
