-- A bug's bite as the player sees it (tests/screens/bite.replay): a one-tile
-- corridor past a sign (a checkpoint) with a bug patrolling along it, so
-- walking on meets it; the golden shows the knock-back and the line saying
-- what happened.
return {
  format = 1,
  id = "screens.bite",
  quest = "tests",
  title = "Bugs",
  map = {
    legend = {
      S = { type = "sign", name = "sign", text = "Bugs ahead." },
      h = { type = "bug", name = "bug", dir = "h", speed = 2 },
    },
    rows = {
      "################",
      "####S###########",
      "#@.........h...#",
      "################",
    },
  },
}
