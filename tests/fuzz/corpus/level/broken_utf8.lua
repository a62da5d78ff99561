return {
  format = 1,
  id = "fuzz.min",
  quest = "web",
  title = "Café ☃ 😀",
  map = {
    rows = {
      "#####",
      "#@.E#",
      "#####",
    },
  },
}
