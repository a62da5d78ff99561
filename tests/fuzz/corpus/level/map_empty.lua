return {
  format = 1, id = "fuzz.empty", quest = "web", title = "Empty",
  map = { rows = { "" } },
}
