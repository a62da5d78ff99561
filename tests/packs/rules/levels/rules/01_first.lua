-- Teaches rules_top before rules_base can be held, and rules_thin with too few exercises.
return {
  format = 1,
  id = "rules.first",
  quest = "rules",
  title = "Rules one",
  map = {
    legend = {
      F = { type = "skill", skill = "rules_top" },
      H = { type = "skill", skill = "rules_thin" },
      T = { type = "terminal", quiz = "rules_html" },
      U = { type = "terminal", quiz = "rules_flask" },
    },
    rows = {
      "#########",
      "#@.H.T.F#",
      "#...U...#",
      "####E####",
    },
  },
  exercises = {
    rules_html = { kind = "choice", skill = "rules_thin", prompt = "Which tag holds the page's content?",
      choices = { { "<body>", right = true, why = "The body holds what the visitor sees." },
                  { "<head>", why = "The head holds the title and links." } },
      explain = "Content goes in <body>." },
    rules_flask = { kind = "choice", skill = "rules_top", prompt = "What does @app.route do?",
      choices = { { "Maps a URL to a function", right = true, why = "The decorator registers the view for a path." },
                  { "Starts the server", why = "app.run() or flask run starts it." } },
      explain = "A route maps a URL rule to a view function." },
  },
}
