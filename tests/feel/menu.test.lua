-- Menus that cannot hurt: no wrap onto Quit, and Quit asks first.
test("up from Resume stays on Resume; Quit asks before it quits", function(t)
  t.load("spawn.lua")
  t.press("cancel")
  t.expect(t.screen() == "pause", "Escape pauses")
  t.press("up")                      -- at the top: no wrap onto Quit the game
  t.press("confirm")
  t.expect(t.screen() == nil, "confirm on the first row resumes")
  t.press("cancel")
  t.press("down", 6)                 -- Quit the game, the last row (--level: no title row)
  t.press("confirm")
  t.expect(t.screen() == "confirm", "Quit asks first")
  t.press("cancel")
  t.expect(t.screen() == "pause", "and Stay keeps the game")
  t.press("up", 1)
  t.press("confirm")                 -- Restart this level: asks too
  t.expect(t.screen() == "confirm", "Restart asks first")
end)
