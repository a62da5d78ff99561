-- expect: FILE:3: format must be 1, the level API version this game reads
return {
  format = "1",
  id = "check.format_wrong",
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
