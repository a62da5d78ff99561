-- expect: FILE:15: quiz 'q1' has no explanation: say why the answer is right
return {
  format = 1,
  id = "check.quiz_no_explanation",
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
      answer = 2,
    },
  },
}
