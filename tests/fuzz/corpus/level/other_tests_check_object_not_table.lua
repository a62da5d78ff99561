-- expect: FILE:14: objects[2] must be a table
return {
  format = 1,
  id = "check.object_not_table",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  objects = {
    { type = "sign", x = 2, y = 1 },
    "sign",
  },
}
