-- expect: FILE: map has a key 1 that is not a name
return {
  format = 1,
  id = "check.map_key_not_a_name",
  quest = "web",
  title = "Check",
  map = {
    "#######",
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
}
