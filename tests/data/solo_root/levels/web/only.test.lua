-- Run with: skillquest --data-root tests/data/solo_root --test tests/data/solo_root/levels/web
test("winning a quest's last level shows the quest complete, back on the campus", function(t)
  t.new_game()
  t.advance()                      -- Grace's welcome
  t.walk_to("web"); t.press("confirm")
  t.wait(2)
  t.expect(t.level() == "solo.only", "the portal leads into the quest")
  t.walk_to("http orb"); t.advance()
  t.walk_to("exit")
  t.expect(t.complete(), "the level is won")
  t.advance()
  t.expect(t.screen() == "summary", "the level's summary first")
  t.press("confirm")               -- on to the campus
  t.wait(2)
  t.expect(t.level() == "hub.campus", "back on the campus")
  t.expect(t.screen() == "quest complete", "the quest-complete screen is up")
  t.press("confirm")
  t.expect(t.screen() == nil, "and goes with confirm")
  t.expect(not t.dialogue_open(), "Grace welcomes a player once per save, not after every level")
  t.expect(t.label("web"):find("complete"), "the portal says the quest is complete")
  local x, y = t.player()
  -- The Web portal stands at row 11 of the campus, the start at row 28.
  t.expect(y < 14, "the player stands at the portal they took, not at the start: row " .. y)
end)
