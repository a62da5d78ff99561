-- expect: FILE:14: 'quizzes' must be a table
return {
  format = 1,
  id = "check.quizzes_not_table",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  quizzes = 5,
}
