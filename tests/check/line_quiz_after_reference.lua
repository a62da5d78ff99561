-- expect: FILE:16: quiz 'q1' has no explanation: say why the answer is right
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
      choices = { "200", "404" },
      answer = 2,
    },
  },
}
