-- expect: FILE: no start: put '@' in the map or add a 'start' object
return {
  format = 1,
  id = "check.no_start",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#.....#",
      "#######",
    },
  },
}
