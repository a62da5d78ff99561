return {
  format = 1, id = "fuzz.shapes", quest = "web", title = "Shapes",
  map = { rows = { "@..E", "...", "#####" } },
}
