-- expect: FILE:14: 'behaviours' must be a table of behaviours
return {
  format = 1,
  id = "check.behaviours_not_table",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  behaviours = "mine",
}
