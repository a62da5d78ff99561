-- The test runner's own test: one case passes, one fails on line 9, one
-- raises an error from the driver, one tries to leave its folder.
test("passes", function(t)
  t.load("tiny.lua")
  t.expect(not t.has_skill("http"))
end)

test("fails on purpose", function(t)
  t.load("tiny.lua")
  t.expect(t.has_skill("http"), "nobody has HTTP yet")
end)

test("driver errors carry the line", function(t)
  t.load("tiny.lua")
  t.walk_to("nobody")
end)

test("levels are loaded from beside the test only", function(t)
  t.load("../../levels/office/first_day.lua")
end)
