-- The Pairing Corner: the pairing skill, a wrong answer explained, and the
-- juniors: the smallest help that unblocks each, Yusuf needing a pairing
-- session first and only a question next time, and taking the keyboard
-- bringing a junior back stuck.

local function start(t)
  t.load("02_pairing_corner.lua")
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

test("the pairing corner played to its exit", function(t)
  start(t)
  go(t, "Grace"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "pp_scenario", "Grace asks her scenario")
  solve_all(t, "Grace")
  go(t, "pairing orb")
  go(t, "pairing notes"); t.press("confirm"); solve_all(t, "notes")
  t.expect(t.has_skill("pair_programming"), "Pair programming held")
  go(t, "session log"); t.press("confirm"); solve_all(t, "log")
  give(t, "question stack", "Ines"); t.wait(150); t.advance()
  give(t, "docs stack", "Tobi"); t.wait(150); t.advance()
  give(t, "pairing stack", "Yusuf"); t.wait(150); t.advance()
  t.expect(t.label("Yusuf"):find("stuck"), "after pairing, Yusuf has a smaller problem: " .. t.label("Yusuf"))
  give(t, "pairing stack", "Yusuf")
  t.expect(t.toast() and t.toast():find("nudge"), "a second session is more than he needs now: " .. tostring(t.toast()))
  give(t, "question stack", "Yusuf") -- the pairing card in hand goes back at the stack
  t.wait(150); t.advance()
  for _, name in ipairs({ "Ines", "Tobi", "Yusuf" }) do
    t.expect(t.label(name):find("on their own"), name .. " works on their own: " .. t.label(name))
  end
  t.expect(t.goals_met(), "every goal is done")
  go(t, "exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors: " .. tostring(t.error()))
end)

test("taking the keyboard fixes it today and brings the junior back stuck", function(t)
  start(t)
  give(t, "keyboard stack", "Ines")
  t.expect(t.label("Ines"):find("by you"), "typed for her: " .. t.label("Ines"))
  t.wait(60 * 6); t.advance()
  t.expect(t.label("Ines"):find("stuck again"), "she is stuck again: " .. t.label("Ines"))
  give(t, "docs stack", "Ines")
  t.expect(t.toast() and t.toast():find("own test"), "the docs do not help her: " .. tostring(t.toast()))
  t.expect(t.error() == nil, "no script errors: " .. tostring(t.error()))
end)

test("a wrong answer at the pairing notes is explained", function(t)
  start(t)
  go(t, "pairing orb")
  go(t, "pairing notes"); t.press("confirm")
  t.expect(t.exercise().id == "pp_roles", "the notes ask who does what")
  t.expect(not t.solve(false), "a wrong sort is judged wrong")
  t.expect(t.learning("pair_programming"), "still learning pairing")
  t.advance()
  t.expect(t.solve(), "the session order, right"); t.advance()
  t.expect(t.has_skill("pair_programming"), "held after a right answer")
end)
