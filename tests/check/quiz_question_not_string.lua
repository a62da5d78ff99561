-- expect: FILE:16: 'question' in exercise 'q1' must be a string, not a number
return {
  format = 1,
  id = "check.quiz_question_not_string",
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
      question = 404,
      choices = { { "200", why = "Why 200." }, { "404", why = "Why 404." } },
      answer = 2,
      explanation = "404 says there is nothing at that address.",
    },
  },
}
