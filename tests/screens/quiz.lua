-- A one-terminal room for the quiz screenshot: the player starts next to it.
return {
  format = 1, id = "screens.quiz", quest = "web", title = "Quiz screen",
  brief = "A terminal asks one question.",
  map = {
    legend = { T = { type = "terminal", name = "terminal", quiz = "status" } },
    rows = { "#########", "#..@T...#", "#.......#", "#########" },
  },
  exercises = {
    status = {
      kind = "choice",
      prompt = "A client asks for /users/42, but there is no user 42. Which status code fits?",
      choices = {
        { "200 OK", why = "200 claims a success: the client would think it got user 42." },
        { "404 Not Found", right = true, why = "The server understood, but nothing is at that address." },
        { "500 Internal Server Error", why = "500 blames the server, but the server worked." },
      },
      explain = "A missing resource is the client's 4xx, not the server's 5xx.",
    },
  },
}
