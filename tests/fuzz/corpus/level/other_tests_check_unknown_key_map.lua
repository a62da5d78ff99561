-- expect: FILE:8: unknown key 'legnd' in map (did you mean 'legend'?)
return {
  format = 1,
  id = "check.unknown_key_map",
  quest = "web",
  title = "Check",
  map = {
    legnd = { X = "floor" },
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
}
