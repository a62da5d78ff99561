-- expect: FILE:6: '}' expected (to close '{' at line 2) near 'title'
return {
  format = 1,
  id = "check.syntax_error",
  quest = "web"
  title = "Check",
}
