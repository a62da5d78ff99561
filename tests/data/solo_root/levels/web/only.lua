-- A one-level Web quest (tests/data/solo_root): winning it completes the
-- quest, for the quest-complete screen's tests.
return {
  format = 1,
  id = "solo.only",
  quest = "web",
  title = "The only level",
  map = {
    legend = { ["1"] = { type = "skill", name = "http orb", skill = "http" } },
    rows = {
      "###E###",
      "#..1..#",
      "#..@..#",
      "#######",
    },
  },
}
