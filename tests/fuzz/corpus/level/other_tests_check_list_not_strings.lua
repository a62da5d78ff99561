-- expect: FILE:14: 'requires' in the level must be a list of strings
return {
  format = 1,
  id = "check.list_not_strings",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  requires = 5,
}
