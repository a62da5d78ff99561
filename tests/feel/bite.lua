-- A bug patrols across the corridor past a sign (a checkpoint): its bite
-- knocks the player back, says what happened, and returns them to the sign,
-- never to the start (tests/feel/bite.test.lua).
return {
  format = 1,
  id = "feel.bite",
  quest = "tests",
  title = "Bugs",
  map = {
    legend = {
      S = { type = "sign", name = "sign", text = "Bugs ahead." },
      v = { type = "bug", name = "bug", dir = "v", speed = 3 },
    },
    rows = {
      "################",
      "#@..........v..#",
      "#....S.........#",
      "#..............#",
      "################",
    },
  },
}
