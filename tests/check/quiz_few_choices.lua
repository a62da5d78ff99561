-- expect: FILE:15: exercise 'q1': needs at least 2 choices
return {
  format = 1,
  id = "check.quiz_few_choices",
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
      question = "Is 404 Not Found?",
      choices = { { "Yes", why = "Why Yes." } },
      answer = 1,
      explanation = "It is.",
    },
  },
}
