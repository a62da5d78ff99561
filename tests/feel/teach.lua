-- A mentor teaches with her talk (`teaches`), as an orb does; the gate opens
-- once the skill is held (tests/feel/teach.test.lua).
return {
  format = 1,
  id = "feel.teach",
  quest = "tests",
  title = "A mentor teaches",
  map = {
    legend = {
      M = { type = "mentor", name = "Grace", look = "grace", teaches = "http", text = "Requests and responses." },
      T = { type = "terminal", name = "terminal", quiz = "feel_http" },
      G = { type = "gate", requires = "http" },
    },
    rows = {
      "####E####",
      "###.G.###",
      "#.......#",
      "#@.M..T.#",
      "#.......#",
      "#########",
    },
  },
  exercises = {
    feel_http = {
      kind = "choice", skill = "http", prompt = "Which status says a new resource was created?",
      choices = {
        { "201 Created", right = true, why = "2xx success, and something new exists." },
        { "204 No Content", why = "Success with no body: nothing says it was created." },
      },
      explain = "201 Created answers a request that made a new resource.",
    },
  },
  goals = { { collect = "http", text = "Hold HTTP" } },
}
