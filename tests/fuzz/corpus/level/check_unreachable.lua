return {
  format = 1, id = "fuzz.walls", quest = "web", title = "Walled in",
  map = {
    legend = { G = { type = "gate", requires = "css" }, k = { type = "skill", skill = "css" } },
    rows = {
      "##########",
      "#@.#..#.E#",
      "####G####k",
      "#k.#######",
      "##########",
    },
  },
  goals = { { collect = "css" } },
}
