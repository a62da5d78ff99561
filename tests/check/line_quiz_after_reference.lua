-- expect: FILE:16: exercise 'q1': choice 1 ("200") has no 'why': say why it is wrong
return {
  format = 1,
  id = "check.line_quiz_after_reference",
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
  quizzes = {
    q1 = {
      question = "Which code means Not Found?",
      choices = { "200", { "404", why = "Why 404." } },
      answer = 2,
    },
  },
}
