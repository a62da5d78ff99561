-- A pack's quest, tested as the game plays it: run with
--   skillquest --data-dir tests/packs/good --test tests/packs/good/levels
test("the pack's own skill waits for what it builds on", function(t)
  t.load("first.lua")
  t.advance()
  t.walk_to("regex orb")
  t.expect(t.dialogue_open() and t.text():find("Python"), "the orb says Python comes first")
  t.advance()
  t.expect(not t.learning("pack_regex"), "not taught while Python is not held")
end)

test("the pack's level joins its quest after the shipped ones", function(t)
  t.new_game()
  t.expect(t.level() == "hub.campus", "a new game starts in the hub")
  local ids = t.levels("automation")
  t.expect(ids[#ids] == "demo.first", "the pack's level plays last in the automation quest")
end)
