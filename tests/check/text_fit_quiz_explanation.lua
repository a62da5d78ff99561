-- expect: FILE:15: exercise 'q1' explanation needs 6 lines; an explanation may take 5: shorten or split it
return {
  format = 1,
  id = "check.text_fit_quiz_explanation",
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
      choices = { { "200", why = "Why 200." }, { "404", why = "Why 404." } },
      answer = 2,
      explanation = "A status code is a three digit number that the server sends back with every response it gives: the first digit says what kind of answer it is, two hundred and something for success, three hundred and something for a redirect, four hundred and something when the client asked for something wrong, and five hundred and something when the server itself failed.",
    },
  },
}
