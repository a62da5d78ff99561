-- expect: FILE: the level needs 'id'
return {
  format = 1,
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
}
