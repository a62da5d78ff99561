-- 200 timers, each spinning about as long as one callback could once take
-- (40 ms): one by one within the old budget per call, together seconds per
-- tick. The budget per tick is shared: the level is stopped in its first
-- tick, and the game goes on.
local function spin()
  local n = 0
  for i = 1, 3000000 do n = n + i end
  return n
end
return {
  format = 1, id = "hostile.budget_timers", quest = "web", title = "Two hundred timers",
  map = { rows = { "###", "#@#", "###" } },
  on_start = function()
    for i = 1, 200 do sq.after(0, spin) end
  end,
}
-- play: budget_timers.lua:7: the level went over its budget of 2000000 instructions in one tick (in a timer (sq.after))
