-- expect: FILE:11: terminal refers to quiz 'q1', which the level does not define
return {
  format = 1,
  id = "check.quiz_undefined",
  quest = "web",
  title = "Check",
  map = {
    legend = { T = { type = "terminal", quiz = "q1" } },
    rows = {
      "#######",
      "#@.T..#",
      "#######",
    },
  },
}
