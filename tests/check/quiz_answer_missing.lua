-- expect: FILE:15: exercise 'q1': has no right choice: mark one with right = true
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
      choices = { { "200", why = "Why 200." }, { "404", why = "Why 404." } },
      explanation = "404 says there is nothing at that address.",
    },
  },
}
