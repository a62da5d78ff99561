-- expect: FILE:14: 'objects' must be a list of tables
return {
  format = 1,
  id = "check.objects_not_list",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  objects = "board",
}
