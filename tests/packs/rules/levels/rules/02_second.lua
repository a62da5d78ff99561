-- Reuses an exercise id the first level declared.
return {
  format = 1,
  id = "rules.second",
  quest = "rules",
  title = "Rules two",
  map = {
    legend = { T = { type = "terminal", quiz = "rules_html" } },
    rows = {
      "#####",
      "#@.T#",
      "##E##",
    },
  },
  exercises = {
    rules_html = { kind = "order", skill = "rules_thin", prompt = "Put an HTML page in order.",
      items = { "<html>", "<head>", "<body>" },
      explain = "The head comes before the body, both inside html." },
  },
}
