-- expect: FILE:11: mentor refers to dialogue 'intro', which the level does not define
return {
  format = 1,
  id = "check.dialogue_undefined",
  quest = "web",
  title = "Check",
  map = {
    legend = { M = { type = "mentor", name = "Ada", dialogue = "intro" } },
    rows = {
      "#######",
      "#@.M..#",
      "#######",
    },
  },
}
