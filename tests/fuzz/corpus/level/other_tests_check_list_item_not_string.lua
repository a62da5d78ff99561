-- expect: FILE:14: item 2 of 'hints' in the level must be a string
return {
  format = 1,
  id = "check.list_item_not_string",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  hints = { "Walk right.", 3 },
}
