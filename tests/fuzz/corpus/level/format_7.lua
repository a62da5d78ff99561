return {
  format = math.huge,
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
