-- expect: nothing
return {
  format = 1,
  id = "check.valid_minimal",
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
