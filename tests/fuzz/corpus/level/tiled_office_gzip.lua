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
      compression = "gzip",
      data = "H4sIAAAAAAAAA92T7Q3DIAxErySDMEpGySgZJaN4FEZpUXFCXfzxA6lSkRBS8nSXhxzgv9dDeTbaCdjruQCHxkh2lLd2u+9Xcko7s9fN7IvJGLB9b2UDvsR5AV+a5JuFy2Z08p0UBNiAL+dRwDdrvh1zeL6rs0d51bP5Fqt7Vq90idzJjN6l/UOv3BPvU+2u7ExfnqXabXSWyb7UOgG/myb7Xi5G5+b5Lt8uu5HHc0MIsFavyFP/C8k6eWfA9xSzSl5earPqsQFfztsCvpdL5E6YS/c79U7T/R0qiwDLK913+jFLVrfGwmBl7y/WE5C2KfdgCQAA"
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
      compression = "gzip",
      data = "H4sIAAAAAAAAA2NgGLmAFYqR2fgwLr3oYvj0jYJRMAoGDxjNn6NgFIwCWgEATfKptWAJAAA="
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
      compression = "gzip",
      data = "H4sIAAAAAAAAA+2VXQqAIBCE98mfuoRH8ygexaOmpCAL4ghrBvXB0MswEwy1iojUJmlB9fKIebKOoooljLNRJeV5nsepvZIgeYt642yvuRWQ/J435bnZXgnyvuW9gnm2F/K8YV8J9NiypBfh31ek1+Xnhu/IA55P7zvzf+b3r8l06B1E7+0IS+N9bdO7QxeKBGxvYAkAAA=="
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
