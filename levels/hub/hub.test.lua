-- Level tests for the hub: portals come from the quests, and they lead there.

test("Grace explains the two roles", function(t)
  t.load("hub.lua")
  t.advance()
  t.walk_to("Grace"); t.press("confirm")
  t.expect(t.text():find("carpenter"), "the developer is the carpenter")
  t.advance()
end)

test("the web portal leads into the Web Development quest", function(t)
  t.load("hub.lua")
  t.advance()
  t.walk_to("web"); t.press("confirm")
  t.wait(2)
  t.expect(t.level() ~= "hub.campus", "the portal left the hub")
  t.expect(t.level() == "office.first_day", "the quest starts at its first level not yet won")
end)

test("a field without levels says it is coming soon", function(t)
  t.load("hub.lua")
  t.advance()
  t.walk_to("quantum"); t.press("confirm")
  t.expect(t.dialogue_open() and t.text():find("coming soon"), "quantum has no levels yet")
end)

test("each portal names its field and its state", function(t)
  t.load("hub.lua")
  t.advance()
  t.expect(t.label("web") == "Web Development\nstart here!", "Web Development is where to start")
  t.expect(t.label("quantum"):find("^Quantum Computing\n"), "each portal names its field")
end)

-- Once per save: tests/data/solo_root/levels/web/only.test.lua comes back to
-- the campus and finds no welcome the second time.
test("Grace welcomes a new player", function(t)
  t.load("hub.lua")
  t.expect(t.dialogue_open() and t.text():find("Welcome"), "the first visit: Grace's welcome")
end)
