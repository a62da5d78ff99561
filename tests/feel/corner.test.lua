-- Corner sliding: a few pixels off a one-tile door, walking straight at it
-- still goes through, in both axes; a wall with no door nearby still stops.
test("walking up past a door's frame slides into the door", function(t)
  t.load("corner.lua")
  t.hold("right", 5)           -- a few pixels right of the door's line
  local x0 = t.player()
  t.expect(x0 > 4.05, "the player stands off the door's line")
  t.hold("up", 90)
  local _, y = t.player()
  t.expect(y < 3, "through the door: the frame did not stop the player")
end)

test("the same sideways, the other way round", function(t)
  t.load("corner.lua")
  t.hold("left", 6)
  t.hold("up", 90)
  local _, y = t.player()
  t.expect(y < 3, "through from the other side")
end)

test("a wall with no door near is a wall", function(t)
  t.load("corner.lua")
  t.hold("left", 60)            -- well away from the door
  local x0, y0 = t.player()
  t.hold("up", 60)
  local x1, y1 = t.player()
  t.expect(y1 >= 4 - 0.1, "the wall stops the player")
  t.expect(math.abs(x1 - x0) < 0.01, "and nothing slides them sideways")
end)

test("walking down into the lower door from off its line", function(t)
  t.load("corner.lua")
  t.hold("right", 60)          -- against the east wall
  t.hold("left", 8)            -- a little back, off the door at column 7
  t.hold("down", 90)
  local _, y = t.player()
  t.expect(y > 7.5, "through the lower door")
end)
