-- Level tests for 04_retest.lua: run with `skillquest --test levels/cybersecurity/`.

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
  t.load("04_retest.lua")
  t.grant("pentest_scope"); t.grant("nmap")
  t.advance()
end

test("the old findings retest as fixed; the new subnet is refused until the scope grows", function(t)
  start(t)
  t.expect(t.error() == nil, "no level error")
  t.walk_to("python-nmap orb"); t.advance()
  t.walk_to("nightly_scan.py"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "cy_pynmap_1", "the script asks the fill")
  t.expect(not solve(t, false), "-iL or -sn: wrong on purpose")
  t.advance()
  t.expect(t.learning("python_nmap"), "a miss leaves python-nmap being learned")
  use(t, "nightly_scan.py")
  t.expect(t.has_skill("python_nmap"), "held after another item")
  for door, state in pairs({ ["door 6379"] = "filtered", ["door search"] = "200",
                             ["door invoice 1043"] = "404", ["door email"] = "400" }) do
    t.walk_to(door); t.press("confirm"); t.advance()
    t.expect(t.label(door):find(state), door .. " retests as " .. state .. ": " .. tostring(t.label(door)))
  end
  t.walk_to("door new subnet"); t.press("confirm")
  t.expect(t.text() and t.text():find("Refused"), "the new subnet is refused")
  t.advance()
  t.walk_to("exit gate"); t.hold("up", 60)
  t.expect(not t.complete(), "the exit gate holds before the finding")
  t.expect(t.error() == nil, "no script errors")
end)

test("the retest can be played to the exit", function(t)
  start(t)
  use(t, "Kenji")
  t.walk_to("python-nmap orb"); t.advance()
  use(t, "nightly_scan.py")
  use(t, "Luis")
  use(t, "scan diff")
  use(t, "door 8080")
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.has_skill("python_nmap"), "holds python-nmap")
  t.expect(t.xp() >= 120, "worth at least 120 XP, got " .. t.xp())
  t.expect(t.error() == nil, "no script errors")
end)
