-- expect: FILE:15: quiz 'q1' needs 'answer' (the number of the right choice)
return {
  format = 1,
  id = "check.quiz_answer_missing",
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
    q1 = {
      question = "Which code means Not Found?",
      choices = { "200", "404" },
      explanation = "404 says there is nothing at that address.",
    },
  },
}
