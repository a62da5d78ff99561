-- expect: FILE:10: sq.spawn: 'y' is missing (the tile coordinates x and y are needed) (on_start is switched off)
-- Spawning with a field missing, in on_start: found by --check's play.
return {
  format = 1,
  id = "check.play_spawn_error",
  quest = "web",
  title = "Check",
  map = { rows = { "#######", "#@....#", "#######" } },
  on_start = function()
    sq.spawn{ type = "sign", x = 2, text = "Welcome" }
    sq.spawn{ type = "sign", x = 3 }
  end,
}
