-- expect: FILE:14: unknown key 'skill' in grants (did you mean 'skills'?)
return {
  format = 1,
  id = "check.unknown_key_grants",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  grants = { xp = 10, skill = { "http" } },
}
