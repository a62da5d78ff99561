-- expect: FILE:15: objects[1] needs whole-number tile coordinates x and y
return {
  format = 1,
  id = "check.object_needs_xy",
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
  },
}
