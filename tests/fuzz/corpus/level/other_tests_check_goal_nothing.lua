-- expect: FILE:15: goal 'Talk to Bob': nothing in the level is 'Bob'
return {
  format = 1,
  id = "check.goal_nothing",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  goals = {
    { talk = "Bob", text = "Talk to Bob" },
  },
}
