-- expect: FILE:8: missing ',' at the end of this line? (Lua, at line 10: '}' expected (to close '{' at line 2) near 'title')
return {
  format = 1,
  id = "check.syntax_missing_comma",
  quest = "web",
  -- The comma after the quest is there; the one after the next line is not.

  brief = "A level with a comma missing"
  -- Lua only notices at the next field.
  title = "Check",
  map = { rows = { "###", "#@#", "#E#" } },
}
