return {
  format = 1, id = "fuzz.nostart", quest = "web", title = "No start",
  map = { rows = { "#####", "#.?.#", "#####" }, legend = { ["?"] = 5 } },
}
