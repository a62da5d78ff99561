-- expect: FILE:11: unknown sound 'roar'
return {
  format = 1,
  id = "check.unknown_sound",
  quest = "web",
  title = "Check",
  map = {
    legend = { S = { type = "sign", sound = "roar" } },
    rows = {
      "#######",
      "#@.S..#",
      "#######",
    },
  },
}
