-- The start is written on the same tile as a person (as a Tiled map or a
-- careless legend can): the player must stand beside them, never inside.
return {
  format = 1,
  id = "feel.spawn",
  quest = "tests",
  title = "Spawn",
  map = {
    legend = { M = { type = "mentor", name = "Ada", look = "ada" } },
    rows = {
      "#######",
      "#..M..#",
      "#.....#",
      "#######",
    },
  },
  objects = {
    { type = "start", x = 3, y = 1 },
  },
}
