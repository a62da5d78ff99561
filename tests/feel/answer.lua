-- What a level says from on_answer comes after the exercise's feedback, and
-- the exercise closes (tests/feel/answer.test.lua). The desk asks two in a
-- row: each answer's line waits until the last one is answered.
return {
  format = 1,
  id = "feel.answer",
  quest = "tests",
  title = "Said after an answer",
  map = {
    legend = {
      T = { type = "terminal", name = "terminal", quiz = "feel_created" },
      D = { type = "desk", name = "desk" },
    },
    rows = {
      "#######",
      "#.....#",
      "#@.T.D#",
      "#.....#",
      "#######",
    },
  },
  exercises = {
    feel_created = {
      kind = "choice", skill = "http", prompt = "Which status says a new resource was created?",
      choices = {
        { "201 Created", right = true, why = "2xx success, and something new exists." },
        { "204 No Content", why = "Success with no body: nothing says it was created." },
      },
      explain = "201 Created answers a request that made a new resource.",
    },
    feel_missing = {
      kind = "choice", skill = "http", prompt = "Which status says the resource is not there?",
      choices = {
        { "404 Not Found", right = true, why = "4xx: the client asked for something absent." },
        { "500 Internal Server Error", why = "5xx blames the server, not the address." },
      },
      explain = "404 Not Found: nothing lives at that address.",
    },
  },
  behaviours = {
    desk = {
      sprite = "terminal", solid = true,
      on_interact = function(self) sq.ask({ "feel_created", "feel_missing" }, "Desk") end,
    },
  },
  on_answer = function(id, correct)
    sq.say("Grace", id .. (correct and " was right." or " was wrong."))
  end,
}
