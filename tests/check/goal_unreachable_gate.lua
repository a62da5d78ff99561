-- expect: FILE:8: goal 'Answer the terminal' cannot be reached from the start
return {
  format = 1,
  id = "check.goal_unreachable_gate",
  quest = "web",
  title = "Check",
  goals = {
    { answer = "http_quiz", text = "Answer the terminal" },
  },
  quizzes = {
    http_quiz = {
      question = "Which status code means Not Found?",
      choices = { { "200", why = "Why 200." }, { "404", why = "Why 404." } },
      answer = 2,
      explanation = "404 says there is nothing at that address.",
    },
  },
  map = {
    legend = {
      T = { type = "terminal", quiz = "http_quiz" },
      G = { type = "gate", requires = "git" },
    },
    rows = {
      "#########",
      "#@..G.T.#",
      "#########",
    },
  },
}
