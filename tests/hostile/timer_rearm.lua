-- A timer that sets itself again with no delay (sq.after(0, f) inside f):
-- it runs once a tick, never again and again inside one tick. Each run
-- gives the player 1 XP, so the test counts them.
local function again()
  sq.xp(1)
  sq.after(0, again)
end
return {
  format = 1, id = "hostile.timer_rearm", quest = "web", title = "A timer sets itself again",
  map = { rows = { "###", "#@#", "###" } },
  on_start = function() sq.after(0, again) end,
}
-- play: nothing
