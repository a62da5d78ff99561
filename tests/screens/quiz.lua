-- A one-terminal room for the quiz screenshot: the player starts next to it.
return {
  format = 1, id = "screens.quiz", quest = "web", title = "Quiz screen",
  brief = "A terminal asks one question.",
  map = {
    legend = { T = { type = "terminal", name = "terminal", quiz = "status" } },
    rows = { "#########", "#..@T...#", "#.......#", "#########" },
  },
  quizzes = {
    status = {
      question = "A client asks for /users/42, but there is no user 42. Which status code fits?",
      choices = { "200 OK", "404 Not Found", "500 Internal Server Error" },
      answer = 2,
      explanation = "404 says the server understood the request but has nothing at that address.",
    },
  },
}
