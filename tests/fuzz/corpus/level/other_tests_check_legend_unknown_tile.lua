-- expect: FILE:11: legend 'S': unknown tile 'lava' (floor, carpet, wall, void, desk, plant, bookshelf, server_rack)
return {
  format = 1,
  id = "check.legend_unknown_tile",
  quest = "web",
  title = "Check",
  map = {
    legend = { S = { type = "sign", tile = "lava" } },
    rows = {
      "#######",
      "#@.S..#",
      "#######",
    },
  },
}
