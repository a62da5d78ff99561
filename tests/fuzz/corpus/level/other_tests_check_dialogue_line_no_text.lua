-- expect: FILE:15: dialogue 'intro' line 2 has no text
return {
  format = 1,
  id = "check.dialogue_line_no_text",
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
    intro = {
      "Hello.",
      { speaker = "Ada" },
    },
  },
}
