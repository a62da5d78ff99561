-- expect: nothing
-- zstd-compressed layers (Tiled's fourth layer format) load
return {
  format = 1,
  id = "check.tiled_zstd",
  quest = "web",
  title = "Check",
  map = "maps/office_zstd.lua",
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
}
