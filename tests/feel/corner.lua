-- Doors one tile wide in walls both ways: the player, off by a few pixels,
-- slides around the frame instead of snagging on it (tests/feel/corner.test.lua).
return {
  format = 1,
  id = "feel.corner",
  quest = "tests",
  title = "Corners",
  map = {
    rows = {
      "#########",
      "#.......#",
      "#.......#",
      "####.####",
      "#.......#",
      "#...@...#",
      "#.......#",
      "#######.#",
      "#.......#",
      "#########",
    },
  },
}
