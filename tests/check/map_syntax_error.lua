-- expect: FILE:7: map 'maps/syntax_error.lua': DIR/maps/syntax_error.lua:2: missing ',' at the end of this line? (Lua, at line 3: '}' expected (to close '{' at line 1) near 'width')
return {
  format = 1,
  id = "check.map_syntax_error",
  quest = "web",
  title = "Check",
  map = "maps/syntax_error.lua",
}
