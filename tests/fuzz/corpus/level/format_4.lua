return {
  format = nil,
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
