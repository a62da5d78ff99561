-- expect: FILE:14: 'brief' in the level must be a string, not a number
return {
  format = 1,
  id = "check.string_type_level",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  brief = 42,
}
