-- The Workshop: Tech talks and Creating courses held, a wrong answer
-- explained, and the learners: the right help for each, Leila needing an
-- exercise with a check and then time for her question, more slides
-- refused, and a pasted solution bringing a learner back stuck.

local function start(t)
  t.load("04_workshop.lua")
  for _, skill in ipairs({ "documentation", "tutorials" }) do t.grant(skill) end
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

local function give(t, stack, who)
  go(t, stack); t.press("confirm")
  go(t, who); t.press("confirm")
end

local function solve_all(t, what)
  t.advance()
  while t.exercise() do
    local ex = t.exercise()
    t.expect(t.solve(), what .. ": " .. ex.id)
    t.advance()
  end
end

test("the workshop played to its exit", function(t)
  start(t)
  go(t, "Ingrid"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "talk_scenario", "Ingrid asks her scenario")
  solve_all(t, "Ingrid")
  go(t, "talk orb")
  go(t, "slide deck"); t.press("confirm"); solve_all(t, "slides")
  t.expect(t.has_skill("tech_talks"), "Tech talks held")
  go(t, "course orb")
  go(t, "course plan"); t.press("confirm"); solve_all(t, "plan")
  go(t, "exercise 3"); t.press("confirm"); solve_all(t, "exercise 3")
  t.expect(t.has_skill("creating_courses"), "Creating courses held")
  give(t, "goal stack", "Kwame"); t.wait(150); t.advance()
  give(t, "check stack", "Leila"); t.wait(150); t.advance()
  t.expect(t.label("Leila"):find("stuck"), "after the check Leila has a question: " .. t.label("Leila"))
  give(t, "questions stack", "Leila"); t.wait(150); t.advance()
  give(t, "example stack", "Tomasz"); t.wait(150); t.advance()
  for _, name in ipairs({ "Kwame", "Leila", "Tomasz" }) do
    t.expect(t.label(name):find("on their own"), name .. " goes on alone: " .. t.label(name))
  end
  t.expect(t.goals_met(), "every goal is done")
  go(t, "exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors: " .. tostring(t.error()))
end)

test("more slides are refused; a pasted solution comes back", function(t)
  start(t)
  give(t, "slides stack", "Kwame")
  t.expect(t.toast() and t.toast():find("lost"), "Kwame says why: " .. tostring(t.toast()))
  give(t, "solution stack", "Tomasz")
  t.expect(t.label("Tomasz"):find("by you"), "pasted for him: " .. t.label("Tomasz"))
  t.wait(60 * 6); t.advance()
  t.expect(t.label("Tomasz"):find("stuck again"), "and he is stuck again: " .. t.label("Tomasz"))
  t.expect(t.error() == nil, "no script errors: " .. tostring(t.error()))
end)

test("a wrong answer at the slide deck is explained", function(t)
  start(t)
  go(t, "talk orb")
  go(t, "slide deck"); t.press("confirm")
  t.expect(t.exercise().id == "talk_slides", "the deck asks which slide loses the room")
  t.expect(not t.solve(false), "a wrong line is judged wrong")
  t.expect(t.learning("tech_talks"), "still learning tech talks")
  t.advance()
  t.expect(t.solve(), "the talk in order, right"); t.advance()
  t.expect(t.has_skill("tech_talks"), "held after a right answer")
end)
