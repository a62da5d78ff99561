-- expect: FILE:13: attempt to perform arithmetic on a nil value (global 'score') (on_update is switched off)
-- An error at the first update, found by --check's play.
return {
  format = 1,
  id = "check.play_error",
  quest = "web",
  title = "Check",
  map = { rows = { "#######", "#@....#", "#######" } },
  on_update = function(dt)
    if sq.time() < 1 then
      return
    end
    score = score + 1
  end,
}
