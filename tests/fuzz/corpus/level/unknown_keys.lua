return {
  format = 1, id = "fuzz.keys", quest = "web", tittle = "Typo", titel = 3,
  quizes = {}, [1] = "positional", [true] = 1,
  map = { rows = { "@E" }, legand = {}, colums = 2 },
  goals = { { colect = "http", text = "t" } },
  grants = { xp = 1, skils = {} },
  quizzes = { q = { question = "?", choises = {}, anwser = 1 } },
}
