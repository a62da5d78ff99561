-- expect: FILE: the level has a key true that is not a name
return {
  format = 1,
  id = "check.level_key_not_a_name",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  [true] = "yes",
}
