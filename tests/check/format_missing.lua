-- expect: FILE: the level needs 'format = 1' (the level API version)
return {
  id = "check.format_missing",
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
