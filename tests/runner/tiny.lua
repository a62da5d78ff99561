return {
  format = 1, id = "runner.tiny", quest = "web", title = "Tiny",
  map = { rows = { "#######", "#@...E#", "#######" } },
}
