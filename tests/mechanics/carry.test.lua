-- Carrying and placing as a player does it (tests/mechanics/carry.lua).

test("a token is carried, refused where it does not go, placed, taken back", function(t)
  t.load("carry.lua")
  t.advance()
  t.walk_to("blue crate"); t.press("confirm")
  t.walk_to("red socket"); t.press("confirm")
  t.expect(t.xp() == 0, "the red socket refuses the blue crate")
  t.expect(t.text() == nil, "a refusal is a line on screen, not a dialogue")
  t.hold("left", 40); t.press("confirm") -- away from everything: put it down in front
  t.walk_to("red crate"); t.press("confirm")
  t.walk_to("red socket"); t.press("confirm")
  t.expect(t.xp() == 10, "the red crate is taken: " .. t.xp())
  t.press("confirm") -- take it back
  t.expect(t.xp() == 30, "and taken back: " .. t.xp())
  t.expect(t.error() == nil, "no level error: the cancelled timer never ran")
end)
