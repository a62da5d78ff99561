-- expect: FILE:14: 'xp' in grants is out of range
return {
  format = 1,
  id = "check.int_out_of_range",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  grants = { xp = 99999999999 },
}
