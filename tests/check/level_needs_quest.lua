-- expect: FILE: the level needs 'quest'
return {
  format = 1,
  id = "check.needs_quest",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
}
