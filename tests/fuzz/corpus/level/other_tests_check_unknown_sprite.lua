-- expect: FILE:11: unknown sprite 'dragon'
return {
  format = 1,
  id = "check.unknown_sprite",
  quest = "web",
  title = "Check",
  map = {
    legend = { S = { type = "sign", sprite = "dragon" } },
    rows = {
      "#######",
      "#@.S..#",
      "#######",
    },
  },
}
