-- Level tests for 05_design_review.lua: run with `skillquest --test levels/cybersecurity/`.

-- Answers the open exercise; a long feedback may need one more key to close.
local function solve(t, right)
  local id = t.exercise().id
  local ok = t.solve(right)
  if t.exercise() and t.exercise().id == id then t.press("cancel") end
  return ok
end

local function solve_all(t)
  t.advance()
  while t.exercise() do
    local id = t.exercise().id
    t.expect(solve(t), "answered right: " .. id)
    t.advance()
  end
end

local function use(t, target)
  t.walk_to(target); t.press("confirm"); solve_all(t)
end

local function start(t)
  t.load("05_design_review.lua")
  t.grant("pentest_scope"); t.grant("owasp_top10")
  t.advance()
end

test("a single layer is explained as too little; /admin shows two layers holding", function(t)
  start(t)
  t.expect(t.error() == nil, "no level error")
  t.walk_to("Tobi"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "cy_tm_3", "Tobi asks his scenario")
  t.expect(not solve(t, false), "one layer: wrong on purpose")
  t.advance()
  t.walk_to("threat model orb"); t.advance()
  t.expect(t.learning("threat_modeling"), "learning, not held after a miss")
  use(t, "stride board")
  t.expect(t.has_skill("threat_modeling"), "held after the STRIDE board")
  t.walk_to("door admin"); t.press("confirm")
  t.expect(t.text() and t.text():find("Two layers"), "the admin path is blocked by two layers")
  t.advance()
  t.walk_to("door vendor"); t.press("confirm")
  t.expect(t.text() and t.text():find("Refused"), "the vendor stays out of scope")
  t.advance()
  t.walk_to("secrets gate"); t.hold("right", 60)
  t.expect(t.player() < 29, "the secrets gate holds before the finding")
  t.expect(t.error() == nil, "no script errors")
end)

test("the design review can be played to the exit, with both engineer skills", function(t)
  start(t)
  use(t, "Tobi")
  t.walk_to("threat model orb"); t.advance()
  use(t, "stride board")
  use(t, "whiteboard")
  use(t, "Elena")
  use(t, "door login")
  use(t, "Mei")
  t.walk_to("secrets orb"); t.advance()
  use(t, "vault")
  use(t, "door repo")
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.has_skill("threat_modeling") and t.has_skill("secrets_management"),
    "both engineer-side skills held")
  t.expect(t.xp() >= 200, "worth at least 200 XP, got " .. t.xp())
  t.expect(t.error() == nil, "no script errors")
end)
