-- expect: FILE:14: 'music' in the level must be a string, not a boolean
return {
  format = 1,
  id = "check.string_type_music",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  music = true,
}
