-- Level tests for 03_back_office.lua: run with `skillquest --test levels/cybersecurity/`.

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
  t.load("03_back_office.lua")
  t.grant("pentest_scope"); t.grant("owasp_top10")
  t.advance()
end

test("Bob's invoice is the finding; a wrong fix is explained", function(t)
  start(t)
  t.expect(t.error() == nil, "no level error")
  use(t, "Rafael")
  t.walk_to("access orb"); t.advance()
  t.expect(t.has_skill("access_control"), "Rafael's question counts once the orb teaches")
  t.walk_to("door invoice 1042"); t.press("confirm")
  t.expect(t.text() and t.text():find("own invoice"), "1042 is Alice's own")
  t.advance()
  t.walk_to("settings gate"); t.hold("right", 60)
  t.expect(t.player() < 28, "the settings gate holds before the finding")
  t.walk_to("door invoice 1043"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "cy_idor_1", "1043 asks for the line")
  t.expect(not solve(t, false), "a wrong line on purpose")
  t.advance()
  t.expect(t.label("door invoice 1043"):find("200"), "the door keeps its result, no finding yet")
  t.walk_to("door invoice 1043"); t.press("confirm"); t.advance()
  t.expect(t.exercise(), "asked again (another item of the skill after a miss)")
  t.expect(solve(t), "right this time")
  t.advance()
  t.walk_to("Luis")
  t.expect(t.player() > 28, "the finding opened the settings room")
  t.expect(t.error() == nil, "no script errors")
end)

test("the level can be played to the exit", function(t)
  start(t)
  use(t, "Rafael")
  t.walk_to("access orb"); t.advance()
  use(t, "access notes")
  use(t, "door invoice 1043")
  use(t, "Elena")
  t.walk_to("csrf orb"); t.advance()
  use(t, "email form")
  t.walk_to("door admin"); t.press("confirm"); t.advance()
  use(t, "Luis")
  t.walk_to("audit orb"); t.advance()
  use(t, "audit terminal")
  use(t, "door email")
  use(t, "door requirements")
  use(t, "settings.py")
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  for _, s in ipairs({ "access_control", "csrf", "dependency_audit" }) do
    t.expect(t.has_skill(s), "holds " .. s)
  end
  t.expect(t.xp() >= 200, "worth at least 200 XP, got " .. t.xp())
  t.expect(t.error() == nil, "no script errors")
end)
