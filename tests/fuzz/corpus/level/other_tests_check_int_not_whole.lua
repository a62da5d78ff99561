-- expect: FILE:14: 'xp' in grants must be a whole number
return {
  format = 1,
  id = "check.int_not_whole",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  grants = { xp = 2.5 },
}
