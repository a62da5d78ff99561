-- Hints belong to goals: the hint key gives the hint of the first goal not
-- yet done, and a direction is worked out from where the player stands.
return {
  format = 1,
  id = "feel.hints",
  quest = "tests",
  title = "Hints",
  map = {
    legend = {
      M = { type = "mentor", name = "Ada", text = "Now find the sign." },
      S = { type = "sign", name = "far sign", text = "You found it." },
    },
    rows = {
      "############",
      "#@.M......S#",
      "#..........#",
      "############",
    },
  },
  goals = {
    { talk = "Ada", text = "Talk to Ada", hint = "Talk to Ada: she stands {where:Ada}." },
    { reach = "far sign", text = "Find the far sign", hint = "The sign is {where:far sign}." },
  },
}
