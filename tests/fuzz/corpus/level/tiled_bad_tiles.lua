return {
  version = "1.5", luaversion = "5.1", tiledversion = "1.8.2",
  orientation = "orthogonal", renderorder = "right-down",
  width = 4, height = 4, tilewidth = 16, tileheight = 16,
  tilesets = { {
      name = "office", firstgid = 1, tilewidth = 16, tileheight = 16, spacing = 0, margin = 0,
      columns = 8, image = "office_tiles.png", imagewidth = 128, imageheight = 32, tilecount = 16,
      tiles = { { id = 5, properties = { ["solid"] = true } }, { id = 99, properties = {} } }
    } },
  layers = { { type = "tilelayer", name = "ground", width = 4, height = 4, encoding = "lua", data = { 1, 2, 3 } },
    { type = "tilelayer", name = "b", width = 4, height = 4, encoding = "lua", data = { -1, 1.5, 4294967296, 99, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 } },
    { type = "tilelayer", name = "short", width = 4, height = 4, encoding = "base64", data = "\nBgAAAAYAAAAGAAAABgAAAAEAAAACAAAAAwAAgAEAAAABAAAAAgAAQAMAAAABAAAABgAAAAYAAAAGAAAg\n" },
    { type = "tilelayer", name = "long", width = 4, height = 4, encoding = "base64", data = "\neJzty8EJwCAQRNExwtZhKSnN0uMhoKSE8A4fdmFeJamjtrpWPZlt/3d/72M76mN5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nud5nv+HfwD1qF1t\n", compression = "zlib" },
    { type = "tilelayer", name = "zstd", width = 4, height = 4, encoding = "base64", data = "\nBgAAAAYAAAAGAAAABgAAAAEAAAACAAAAAwAAgAEAAAABAAAAAgAAQAMAAAABAAAABgAAAAYAAAAGAAAgBgAAAA==\n", compression = "zstd" },
    { type = "tilelayer", name = "bad64", width = 4, height = 4, encoding = "base64", data = "@@@@" },
    { type = "tilelayer", name = "number", width = 4, height = 4, encoding = "base64", data = 42 } }
}
