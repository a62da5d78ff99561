-- expect: FILE: hint 2 needs 5 lines; a dialogue page holds 3: shorten or split it
return {
  format = 1,
  id = "check.text_fit_hint",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  hints = {
    "Walk right.",
    "A status code is a three digit number that the server sends back with every response it gives: the first digit says what kind of answer it is, two hundred and something for success, three hundred and something for a redirect, four hundred and something when the client asked for something wrong, and five hundred and something when the server itself failed.",
  },
}
