-- expect: nothing
-- the office map saved by Tiled as .tmx, its tileset embedded, its layers CSV
return {
  format = 1,
  id = "check.valid_tiled_tmx",
  quest = "web",
  title = "Check",
  map = "maps/office.tmx",
  dialogue = {
    intro = { { "Ada", "Welcome to the office." } },
  },
  quizzes = {
    http_status = {
      question = "Which status code means Not Found?",
      skill = "http",
      choices = { { "200", why = "Why 200." }, { "404", why = "Why 404." } },
      answer = 2,
      explanation = "404 says there is nothing at that address.",
    },
  },
  goals = {
    { talk = "Ada", text = "Talk to Ada" },
    { collect = "http", text = "Learn HTTP" },
    { answer = "http_status", text = "Answer the terminal" },
  },
}
