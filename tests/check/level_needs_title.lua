-- expect: FILE: the level needs 'title'
return {
  format = 1,
  id = "check.needs_title",
  quest = "web",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
}
