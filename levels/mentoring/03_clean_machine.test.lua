-- The Clean Machine: documentation, tutorials and blogging held, a wrong
-- answer explained, and the readers: the right kind of document for each,
-- Mei's tutorial fixed after it breaks on her clean laptop, and a chat
-- answer that comes back.

local function start(t)
  t.load("03_clean_machine.lua")
  t.advance()
end

-- Walks to a target; a path may cross an orb, whose card stops it.
local function go(t, target)
  t.advance()
  if not t.where(target) then return end -- an orb picked up on the way
  t.walk_to(target)
  t.advance()
  if t.where(target) then t.walk_to(target) end
end

local function give(t, shelf, reader)
  go(t, shelf); t.press("confirm")
  go(t, reader); t.press("confirm")
end

local function solve_all(t, what)
  t.advance()
  while t.exercise() do
    local ex = t.exercise()
    t.expect(t.solve(), what .. ": " .. ex.id)
    t.advance()
  end
end

test("the clean machine played to its exit", function(t)
  start(t)
  go(t, "Elena"); t.press("confirm"); t.advance()
  go(t, "docs orb")
  go(t, "doc shelf"); t.press("confirm"); solve_all(t, "doc shelf")
  t.expect(t.has_skill("documentation"), "Writing docs held")
  go(t, "Elena"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "tut_scenario", "Elena asks her scenario once docs are held")
  solve_all(t, "Elena")
  go(t, "tutorial orb")
  go(t, "clean laptop"); t.press("confirm"); solve_all(t, "laptop")
  go(t, "test plan"); t.press("confirm"); solve_all(t, "test plan")
  t.expect(t.has_skill("tutorials"), "Writing tutorials held")
  go(t, "blog orb")
  go(t, "blog desk"); t.press("confirm"); solve_all(t, "blog desk")
  t.expect(t.has_skill("tech_blogging"), "Educational blogging held")
  give(t, "tutorial shelf", "Mei"); t.wait(150); t.advance()
  t.expect(t.label("Mei"):find("stuck"), "the tutorial breaks on Mei's laptop: " .. t.label("Mei"))
  give(t, "tutorial shelf", "Mei")
  t.expect(t.toast() and t.toast():find("step 3"), "another tutorial does not help: " .. tostring(t.toast()))
  give(t, "fix shelf", "Mei"); t.wait(150); t.advance()
  give(t, "how-to shelf", "Kenji"); t.wait(150); t.advance()
  give(t, "reference shelf", "Priya"); t.wait(150); t.advance()
  give(t, "explanation shelf", "Rafael"); t.wait(150); t.advance()
  for _, name in ipairs({ "Mei", "Kenji", "Priya", "Rafael" }) do
    t.expect(t.label(name):find("on their own"), name .. " works on their own: " .. t.label(name))
  end
  t.expect(t.goals_met(), "every goal is done")
  go(t, "exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors: " .. tostring(t.error()))
end)

test("a chat answer helps once; the wrong kind of page is refused", function(t)
  start(t)
  give(t, "tutorial shelf", "Kenji")
  t.expect(t.toast() and t.toast():find("done"), "Kenji needs a task done, not a lesson: " .. tostring(t.toast()))
  give(t, "chat shelf", "Priya")
  t.expect(t.label("Priya"):find("by you"), "answered in chat: " .. t.label("Priya"))
  t.wait(60 * 6); t.advance()
  t.expect(t.label("Priya"):find("stuck again"), "and she is back: " .. t.label("Priya"))
  t.expect(t.error() == nil, "no script errors: " .. tostring(t.error()))
end)

test("a wrong answer at the doc shelf is explained", function(t)
  start(t)
  go(t, "docs orb")
  go(t, "doc shelf"); t.press("confirm")
  t.expect(t.exercise().id == "doc_sort", "the shelf sorts pages first")
  t.expect(not t.solve(false), "a wrong sort is judged wrong")
  t.expect(t.learning("documentation"), "still learning docs")
  t.advance()
  t.expect(t.solve(), "the title, right"); t.advance()
  t.expect(t.has_skill("documentation"), "held after a right answer")
end)
