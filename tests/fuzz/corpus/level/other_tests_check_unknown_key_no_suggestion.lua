-- expect: FILE:14: unknown key 'colour'
return {
  format = 1,
  id = "check.unknown_key_no_suggestion",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  colour = "red",
}
