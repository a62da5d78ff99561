-- expect: FILE: hint 1 needs 4 lines; a dialogue page holds 3: shorten or split it
-- The hint is short as written, but {move} reads "the arrow keys or WASD" on
-- screen: the checker measures the text the player sees.
return {
  format = 1,
  id = "check.text_fit_keys",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  hints = {
    "Walk with {move}. Then {move}, {move} and {move} again, then {move} once more, and {move}, "
      .. "{move} and {move}, and {move} to finish.",
  },
}
