return { format = 1, id = "a", quest = "web", title = "t",
  map = { rows = { "@E" } }, goals = { { text = "orphan" } } }
