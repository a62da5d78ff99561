-- expect: FILE:15: 'type' in objects[1] must be a string, not a number
return {
  format = 1,
  id = "check.object_type_not_string",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  objects = {
    { type = 5, x = 2, y = 1 },
  },
}
