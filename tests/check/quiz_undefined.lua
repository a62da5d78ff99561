-- expect: FILE:11: terminal refers to exercise 'q1', which neither the level nor its quest's bank defines
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
