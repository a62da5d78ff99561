-- expect: FILE: the level has a list item (key 1); every field needs a name, like title = "..."
return {
  format = 1,
  id = "check.level_positional_value",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  "Talk to Ada first.",
}
