-- expect: FILE:16: objects[1] needs whole-number tile coordinates x and y
-- expect: FILE:17: objects[2] needs whole-number tile coordinates x and y
return {
  format = 1,
  id = "check.line_objects_same_name",
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
    { type = "sign", name = "board", x = 2 },
    { type = "sign", name = "board", y = 1 },
  },
}
