-- Bites are fair and readable: a knock-back, a line that says what happened,
-- and a return to the last checkpoint passed; bugs wait while the player reads.
test("a bite returns the player to the last checkpoint, not the start", function(t)
  t.load("bite.lua")
  local bitten = false
  for _ = 1, 300 do
    t.hold("right", 2)
    if t.toast() then bitten = true break end
  end
  t.expect(bitten, "the bug bit the player")
  t.expect(t.toast():find("bug"), "a line says a bug bit: " .. tostring(t.toast()))
  t.wait(40)                     -- the knock-back, then the return
  local x = t.player()
  local sx = t.where("sign")
  t.expect(math.abs(x - sx) < 2.5, "back at the sign, the checkpoint passed")
  t.expect(x > 2.5, "not at the start")
end)

test("bugs wait while a dialogue is open", function(t)
  t.load("bite.lua")
  t.walk_to("sign"); t.press("confirm")
  t.expect(t.dialogue_open(), "reading the sign")
  local bx, by = t.where("bug")
  t.wait(120)
  local bx2, by2 = t.where("bug")
  t.expect(bx == bx2 and by == by2, "the bug did not move while the player read")
  t.advance()
  t.wait(30)
  local _, by3 = t.where("bug")
  t.expect(by3 ~= by2, "and moves again after")
end)
