-- expect: FILE:14: 'dialogue' must be a table of conversations
return {
  format = 1,
  id = "check.dialogue_not_table",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  dialogue = "Hello.",
}
