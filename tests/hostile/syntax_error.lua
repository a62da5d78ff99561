-- A syntax error on line 7.
return {
  format = 1,
  id = "hostile.syntax_error",
  quest = "web",
  title = "Syntax error",
  map = { rows = { "###" } ]],
}
