-- expect: FILE:14: each dialogue is name = { lines... }, a list of pages
return {
  format = 1,
  id = "check.dialogue_entry",
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
    "Hello.",
  },
}
