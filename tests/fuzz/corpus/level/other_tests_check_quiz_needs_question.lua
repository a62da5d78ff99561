-- expect: FILE: quiz 'q1' needs 'question'
return {
  format = 1,
  id = "check.quiz_needs_question",
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
      choices = { "200", "404" },
      answer = 2,
      explanation = "404 says there is nothing at that address.",
    },
  },
}
