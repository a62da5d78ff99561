-- expect: FILE:15: exercise 'q1': exercises unknown skill 'htp'
return {
  format = 1,
  id = "check.quiz_unknown_skill",
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
      skill = "htp",
      question = "Which status code means Not Found?",
      choices = { { "200", why = "Why 200." }, { "404", why = "Why 404." } },
      answer = 2,
      explanation = "404 says there is nothing at that address.",
    },
  },
}
