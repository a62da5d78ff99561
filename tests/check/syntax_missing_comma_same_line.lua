-- expect: FILE:7: '}' expected near '"#@#"' (missing ',' between two items on this line?)
return {
  format = 1,
  id = "check.syntax_missing_comma_same_line",
  quest = "web",
  title = "Check",
  map = { rows = { "###" "#@#", "#E#" } },
}
