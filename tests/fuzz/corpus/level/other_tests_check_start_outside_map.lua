-- expect: FILE:15: the start is inside a wall or outside the map
return {
  format = 1,
  id = "check.start_outside_map",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#.....#",
      "#######",
    },
  },
  objects = {
    { type = "start", name = "spawn", x = 9, y = 1 },
  },
}
