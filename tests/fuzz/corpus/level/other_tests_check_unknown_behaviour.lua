-- expect: FILE:11: unknown behaviour 'teleporter'
return {
  format = 1,
  id = "check.unknown_behaviour",
  quest = "web",
  title = "Check",
  map = {
    legend = { X = "teleporter" },
    rows = {
      "#######",
      "#@.X..#",
      "#######",
    },
  },
}
