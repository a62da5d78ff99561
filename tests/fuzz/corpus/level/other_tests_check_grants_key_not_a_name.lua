-- expect: FILE: grants has a key 1 that is not a name
return {
  format = 1,
  id = "check.grants_key_not_a_name",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  grants = { "http" },
}
