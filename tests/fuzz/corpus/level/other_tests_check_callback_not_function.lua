-- expect: FILE:14: 'on_start' must be a function
return {
  format = 1,
  id = "check.callback_not_function",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  on_start = "go",
}
