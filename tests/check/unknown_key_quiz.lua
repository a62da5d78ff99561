-- expect: FILE:20: unknown key 'choice' in exercise 'q1' (did you mean 'choices'?)
return {
  format = 1,
  id = "check.unknown_key_quiz",
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
      choice = 2,
    },
  },
}
