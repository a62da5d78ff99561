-- Spawn placement: never inside or under a person.
test("the player starts beside the person on the start tile", function(t)
  t.load("spawn.lua")
  local px, py = t.player()          -- the collider's top-left, in tiles
  local ax, ay = t.where("Ada")      -- her centre
  local cx, cy = px + 10 / 32, py + 9 / 32
  t.expect(math.abs(cx - ax) >= 0.6 or math.abs(cy - ay) >= 0.6, "not on Ada's tile")
  t.expect(math.abs(cx - ax) + math.abs(cy - ay) < 2.1, "but right beside her")
  t.hold("up", 10)
  t.expect(t.error() == nil, "and free to walk")
end)
