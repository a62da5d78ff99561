-- expect: FILE:15: exercise 'q1' needs a 'prompt' (what the player is asked)
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
      choices = { { "200", why = "Why 200." }, { "404", why = "Why 404." } },
      answer = 2,
      explanation = "404 says there is nothing at that address.",
    },
  },
}
