return {
  format = 1, id = "fuzz.wide", quest = "web", title = "Wide",
  map = { rows = { "@" .. ("."):rep(600) .. "E" } },
}
