return { format = 1, id = "a\0b", quest = "web", title = "\0",
  map = { rows = { "@\0E" } } }