-- A level's test can start from the level's prerequisites: t.grant holds a skill.
test("a granted skill is held and opens what it opens", function(t)
  t.load("teach.lua")
  t.grant("http")
  t.expect(t.has_skill("http") and not t.learning("http"), "held, not learning")
  t.walk_to("exit")
  t.expect(t.complete(), "the gate opened for it, and its goal is met")
  t.expect(not pcall(t.grant, "no_such_skill"), "a skill the catalogue lacks is an error")
end)
