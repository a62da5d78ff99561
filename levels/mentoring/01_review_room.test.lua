-- The Review Room: the skills, a wrong answer explained, and the juniors'
-- mechanic: wrong help refused with a reason, help done for them coming
-- back stuck, the right help moving them on.

local function start(t)
  t.load("01_review_room.lua")
  t.grant("git")
  t.advance()
end

-- Walks to a target; a path may cross an orb, whose card stops it: read
-- the card and walk on.
local function go(t, target)
  t.advance()
  if not t.where(target) then return end -- an orb picked up on the way
  t.walk_to(target)
  t.advance()
  if t.where(target) then t.walk_to(target) end
end

local function give(t, stack, junior)
  go(t, stack); t.press("confirm")
  go(t, junior); t.press("confirm")
end

local function solve_all(t, what)
  t.advance()
  while t.exercise() do
    local ex = t.exercise()
    t.expect(t.solve(), what .. ": " .. ex.id)
    t.advance()
  end
end

local function skills(t)
  go(t, "Amara"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "mr_scenario", "Amara asks her scenario")
  solve_all(t, "Amara")
  go(t, "code review orb"); t.advance()
  go(t, "feedback orb"); t.advance()
  go(t, "review queue"); t.press("confirm"); solve_all(t, "queue")
  t.expect(t.has_skill("code_review"), "Code review held")
  go(t, "review thread"); t.press("confirm"); solve_all(t, "thread")
  go(t, "comment draft"); t.press("confirm"); solve_all(t, "draft")
  t.expect(t.has_skill("giving_feedback"), "Giving feedback held")
end

test("the review room played to its exit", function(t)
  start(t)
  skills(t)
  give(t, "question stack", "Tobi"); t.wait(150); t.advance()
  t.expect(t.label("Tobi"):find("stuck"), "after the question Tobi needs the next thing: " .. t.label("Tobi"))
  give(t, "blocking stack", "Tobi"); t.wait(150); t.advance()
  give(t, "labels stack", "Ines"); t.wait(150); t.advance()
  give(t, "praise stack", "Yusuf"); t.wait(150); t.advance()
  for _, name in ipairs({ "Tobi", "Ines", "Yusuf" }) do
    t.expect(t.label(name):find("on their own"), name .. " works on their own: " .. t.label(name))
  end
  t.expect(t.goals_met(), "every goal is done")
  go(t, "exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors: " .. tostring(t.error()))
end)

test("wrong help is refused with the junior's reason; doing it for them comes back", function(t)
  start(t)
  give(t, "praise stack", "Tobi")
  t.expect(t.toast() and t.toast():find("empty cart"), "Tobi says why praise alone does not help: " .. tostring(t.toast()))
  -- Still carrying the praise card: it goes to Yusuf instead.
  go(t, "Yusuf"); t.press("confirm"); t.wait(150); t.advance()
  t.expect(t.label("Yusuf"):find("on their own"), "the right help moves Yusuf on")
  give(t, "push my fix", "Ines")
  t.expect(t.label("Ines"):find("by you"), "pushing your fix looks done at first: " .. t.label("Ines"))
  t.wait(60 * 6); t.advance()
  t.expect(t.label("Ines"):find("stuck again"), "and she comes back stuck: " .. t.label("Ines"))
  give(t, "labels stack", "Ines"); t.wait(150); t.advance()
  t.expect(t.label("Ines"):find("on their own"), "the right help, after all")
  t.expect(t.error() == nil, "no script errors: " .. tostring(t.error()))
end)

test("a wrong answer is explained and the skill is still learned", function(t)
  start(t)
  go(t, "code review orb"); t.advance()
  go(t, "review queue"); t.press("confirm")
  t.expect(t.exercise().kind == "sort", "the queue sorts comments first")
  t.expect(not t.solve(false), "a wrong sort is judged wrong")
  t.expect(t.learning("code_review"), "still learning code review, not holding it")
  t.advance()
  if t.exercise() then t.expect(t.solve(), "the order exercise, right") end
  t.advance()
  t.expect(t.has_skill("code_review"), "the second exercise, right: held")
end)
