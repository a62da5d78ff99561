-- expect: FILE:11: the level went over its budget of 2000000 instructions in one tick (in a timer (sq.after)); the level's scripts are stopped
-- --check plays each valid level headless for a few seconds: this one
-- freezes at its first timer, which the checker reports with its line.
return {
  format = 1,
  id = "check.play_freeze",
  quest = "web",
  title = "Check",
  map = { rows = { "#######", "#@....#", "#######" } },
  on_start = function()
    sq.after(0.5, function() while true do end end)
  end,
}
