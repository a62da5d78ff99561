-- Level tests for server_room.lua, whose map comes from Tiled.

test("the Tiled map loads with its objects", function(t)
  t.load("server_room.lua")
  t.expect(t.error() == nil, "no level error")
  t.advance()
  local x, y = t.player()
  t.expect(x and math.floor(x) == 3 and math.floor(y) == 16, "the player starts at the start object")
end)

test("the gate holds until HTTP is known, then the level can be finished", function(t)
  t.load("server_room.lua")
  t.advance()
  t.walk_to("Ada"); t.press("confirm"); t.advance()
  t.walk_to("http orb"); t.advance()
  t.expect(t.has_skill("http"), "the orb grants HTTP")
  t.walk_to("http terminal"); t.press("confirm")
  t.expect(t.answer(1), "GET is the safe method")
  t.expect(t.goals_met(), "all goals met")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
end)

test("without HTTP the exit stays out of reach", function(t)
  t.load("server_room.lua")
  t.advance()
  pcall(t.walk_to, "exit") -- it fails, or stops on the way: either way not at the exit
  t.expect(not t.complete(), "the level is not complete")
end)
