-- expect: FILE:14: each entry of 'quizzes' is name = { ... }
return {
  format = 1,
  id = "check.quiz_entry",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  quizzes = {
    "Which status code means Not Found?",
  },
}
