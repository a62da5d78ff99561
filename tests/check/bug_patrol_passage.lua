-- expect: FILE:11: warning: this bug patrols a one-tile passage (column 6, row 2) that every way to the exit takes: the player can only pass by luck; widen the passage or move the patrol
return {
  format = 1,
  id = "check.bug_patrol_passage",
  quest = "web",
  title = "Check",
  map = {
    legend = { v = { type = "bug", dir = "v" }, h = { type = "bug", dir = "h" } },
    rows = {
      "######E####",
      "#....v....#",
      "#####.#####",
      "#....@...h#",
      "###########",
    },
  },
}
