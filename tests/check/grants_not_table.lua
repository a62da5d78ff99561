-- expect: FILE:14: 'grants' must be a table like { skills = { "http" }, xp = 50 }
return {
  format = 1,
  id = "check.grants_not_table",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  grants = 50,
}
