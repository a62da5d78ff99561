-- expect: FILE: objects[1] needs 'type'
return {
  format = 1,
  id = "check.object_needs_type",
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
    { name = "board", x = 2, y = 1 },
  },
}
