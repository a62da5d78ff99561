-- expect: FILE:15: 'hints' in the level must be a list of strings
return {
  format = 1,
  id = "check.line_key_in_brief",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  brief = "Press H for hints when you are stuck.",
  hints = 3,
}
