-- expect: FILE:14: grants.xp must be between 0 and 10000
return {
  format = 1,
  id = "check.grants_xp_range",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  grants = { xp = 20000 },
}
