-- expect: FILE:11: the start is inside a wall or outside the map
return {
  format = 1,
  id = "check.start_in_wall",
  quest = "web",
  title = "Check",
  map = {
    legend = { S = { type = "start", tile = "wall" } },
    rows = {
      "#######",
      "#S....#",
      "#######",
    },
  },
}
