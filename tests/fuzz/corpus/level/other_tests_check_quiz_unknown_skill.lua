-- expect: FILE:15: quiz 'q1' reviews unknown skill 'htp'
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
      choices = { "200", "404" },
      answer = 2,
      explanation = "404 says there is nothing at that address.",
    },
  },
}
