-- An infinite loop in a timer callback (sq.after).
return {
  format = 1, id = "hostile.loop_timer", quest = "web", title = "Loop in a timer",
  map = { rows = { "###", "#@#", "###" } },
  on_start = function() sq.after(0, function() while true do end end) end,
}
-- play: loop_timer.lua:5: the level went over its budget
