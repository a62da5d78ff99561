-- An infinite loop in a callback: the level loads; on_update is stopped by
-- the call budget, reported and switched off, and the game goes on.
return {
  format = 1, id = "hostile.loop_update", quest = "web", title = "Loop in on_update",
  map = { rows = { "###", "#@#", "###" } },
  on_update = function(dt) while true do end end,
}
-- play: loop_update.lua:6: the level went over its budget
