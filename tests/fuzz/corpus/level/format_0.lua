return {
  format = 2,
  id = "fuzz.min",
  quest = "web",
  title = "Minimal",
  map = {
    rows = {
      "#####",
      "#@.E#",
      "#####",
    },
  },
}
