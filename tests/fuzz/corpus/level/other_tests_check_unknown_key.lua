-- expect: FILE:14: unknown key 'breif' (did you mean 'brief'?)
return {
  format = 1,
  id = "check.unknown_key",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  breif = "A typo.",
}
