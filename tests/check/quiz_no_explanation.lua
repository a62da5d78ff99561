-- expect: FILE:16: exercise 'q1': choice 1 ("200") has no 'why': say why it is wrong
-- expect: FILE:16: exercise 'q1': choice 2 ("404") has no 'why': say why it is right
return {
  format = 1,
  id = "check.quiz_no_explanation",
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
      question = "Which code means Not Found?",
      choices = { "200", "404" },
      answer = 2,
    },
  },
}
