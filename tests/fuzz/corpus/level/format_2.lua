return {
  format = 0,
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
