return {
  format = 1, id = "fuzz.map", quest = "web", title = "On a Tiled map",
  map = "/etc/passwd.lua",
  dialogue = { intro = { "Hello." } },
  quizzes = { http_status = { question = "?", choices = { "a", "b" }, answer = 1 } },
  goals = { { talk = "Ada" }, { collect = "http" }, { answer = "http_status" } },
}
