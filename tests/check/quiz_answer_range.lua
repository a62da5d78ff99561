-- expect: FILE:15: exercise 'q1': answer 5 is not one of its 4 choices
return {
  format = 1,
  id = "check.quiz_answer_range",
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
      choices = { { "200", why = "Why 200." }, { "301", why = "Why 301." }, { "404", why = "Why 404." }, { "500", why = "Why 500." } },
      answer = 5,
      explanation = "404 says there is nothing at that address.",
    },
  },
}
