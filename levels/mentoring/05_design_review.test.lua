-- The design review: Mentoring and Onboarding held (engineer side), the
-- trade-off explained to Luis, and Noor's first week built one step at a
-- time: a big project refused in her words, shipping her task for her
-- bringing her back stuck, the right steps moving her on.

local function start(t)
  t.load("05_design_review.lua")
  for _, skill in ipairs({ "git", "code_review", "giving_feedback", "pair_programming", "documentation" }) do
    t.grant(skill)
  end
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

test("the design review played to its exit", function(t)
  start(t)
  go(t, "Amara"); t.press("confirm"); t.advance()
  go(t, "mentoring orb")
  go(t, "Luis"); t.press("confirm"); solve_all(t, "Luis")
  t.expect(t.has_skill("mentoring"), "Mentoring held")
  go(t, "programme board"); t.press("confirm"); solve_all(t, "board")
  go(t, "onboarding orb")
  go(t, "first-week plan"); t.press("confirm"); solve_all(t, "plan")
  t.expect(t.has_skill("onboarding"), "Onboarding held")
  give(t, "setup stack", "Noor"); t.wait(150); t.advance()
  go(t, "Noor"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "onb_buddy", "Noor's question brings the buddy choice")
  solve_all(t, "Noor")
  give(t, "buddy stack", "Noor"); t.wait(150); t.advance()
  give(t, "first task stack", "Noor"); t.wait(150); t.advance()
  t.expect(t.label("Noor"):find("on their own"), "Noor works on her own: " .. t.label("Noor"))
  t.expect(t.goals_met(), "every goal is done")
  go(t, "exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors: " .. tostring(t.error()))
end)

test("a big project is refused; shipping it for her comes back", function(t)
  start(t)
  give(t, "big project stack", "Noor")
  t.expect(t.toast() and t.toast():find("payments"), "Noor says why: " .. tostring(t.toast()))
  give(t, "setup stack", "Noor"); t.wait(150); t.advance()
  give(t, "ship it stack", "Noor")
  t.expect(t.label("Noor"):find("by you"), "shipped for her: " .. t.label("Noor"))
  t.wait(60 * 6); t.advance()
  t.expect(t.label("Noor"):find("stuck again"), "and she is stuck again: " .. t.label("Noor"))
  t.expect(t.error() == nil, "no script errors: " .. tostring(t.error()))
end)

test("a wrong answer to Luis is explained; mentoring is still learned", function(t)
  start(t)
  go(t, "mentoring orb")
  go(t, "Luis"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "pm_scenario", "Luis asks the trade-off")
  t.expect(not t.solve(false), "a wrong answer is judged wrong")
  t.expect(t.learning("mentoring"), "still learning mentoring")
  t.advance()
  t.expect(t.solve(), "the message in order, right"); t.advance()
  t.expect(t.has_skill("mentoring"), "held after a right answer")
end)
