-- expect: FILE:15: dialogue 'intro' has no lines
return {
  format = 1,
  id = "check.dialogue_no_lines",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  dialogue = {
    intro = {},
  },
}
