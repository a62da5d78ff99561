-- expect: FILE: exercise 'q1' has a key 1 that is not a name
return {
  format = 1,
  id = "check.quiz_key_not_a_name",
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
      question = "Which status code means Not Found?",
      choices = { { "200", why = "Why 200." }, { "404", why = "Why 404." } },
      answer = 2,
      explanation = "404 says there is nothing at that address.",
      "404",
    },
  },
}
