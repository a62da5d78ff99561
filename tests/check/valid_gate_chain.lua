-- expect: nothing
return {
  format = 1,
  id = "check.valid_gate_chain",
  quest = "web",
  title = "Check",
  map = {
    legend = {
      ["1"] = { type = "skill", skill = "http" },
      ["2"] = { type = "skill", skill = "html" },
      G = { type = "gate", requires = "http" },
      H = { type = "gate", requires = "http, html" },
      T = { type = "terminal", quiz = "http_q" },
      U = { type = "terminal", quiz = "html_q" },
    },
    rows = {
      "#########E#",
      "#@1#U.#...#",
      "#T.G.2H...#",
      "###########",
    },
  },
  exercises = {
    http_q = { kind = "choice", skill = "http", prompt = "Which status means Not Found?",
      choices = { { "404", right = true, why = "Nothing at that address." },
                  { "200", why = "OK: the request worked." } },
      explain = "404 says there is nothing at that address." },
    html_q = { kind = "choice", skill = "html", prompt = "Which tag holds what the visitor sees?",
      choices = { { "<body>", right = true, why = "The body holds the page's content." },
                  { "<head>", why = "The head holds the title and links, not content." } },
      explain = "A page's content goes in <body>." },
  },
  goals = {
    { collect = "html", text = "Learn HTML" },
  },
}
