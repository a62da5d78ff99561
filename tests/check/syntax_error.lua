-- expect: FILE:5: missing ',' at the end of this line? (Lua, at line 6: '}' expected (to close '{' at line 2) near 'title')
return {
  format = 1,
  id = "check.syntax_error",
  quest = "web"
  title = "Check",
}
