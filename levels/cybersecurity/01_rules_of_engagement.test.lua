-- Level tests for 01_rules_of_engagement.lua: run with `skillquest --test levels/cybersecurity/`.

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

local function probe(t, door)
  t.walk_to(door); t.press("confirm")
end

test("out of scope is refused and explained; in scope shows the port's state", function(t)
  t.load("01_rules_of_engagement.lua")
  t.expect(t.error() == nil, "no level error")
  t.advance()
  t.walk_to("Elena"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "cy_scope_1", "Elena asks her scenario after talking")
  t.expect(not solve(t, false), "scanning the vendor's server: wrong on purpose")
  t.advance()
  t.walk_to("scope orb"); t.advance()
  t.expect(t.learning("pentest_scope"), "the orb teaches scope and permission")
  use(t, "engagement checklist")
  t.expect(t.has_skill("pentest_scope"), "held after the checklist")
  t.walk_to("Yusuf"); t.press("confirm"); t.advance()
  probe(t, "door 443 vendor")
  t.expect(t.text() and t.text():find("Refused"), "the vendor's door is refused: " .. tostring(t.text()))
  t.advance()
  t.expect(t.label("door 443 vendor"):find("OUT OF SCOPE"), "and marked out of scope")
  probe(t, "door 80")
  t.expect(t.text() and t.text():find("RST"), "door 80 is closed: a RST came back")
  t.advance()
  t.expect(t.label("door 80"):find("closed"), "its state shows above it: " .. tostring(t.label("door 80")))
  probe(t, "door 3306"); t.advance()
  t.expect(t.label("door 3306"):find("filtered"), "3306 is filtered")
  t.expect(t.error() == nil, "no script errors")
end)

test("the bench stays shut until the finding is proved", function(t)
  t.load("01_rules_of_engagement.lua")
  t.advance()
  t.walk_to("scope orb"); t.advance()
  use(t, "engagement checklist")
  t.walk_to("nmap orb"); t.advance()
  use(t, "scan notes")
  t.expect(t.has_skill("nmap"), "Nmap held")
  t.walk_to("bench gate"); t.hold("right", 60)
  local x = t.player()
  t.expect(x < 34, "the bench gate holds before any finding")
  probe(t, "door 6379"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "cy_nmap_finding", "door 6379 asks for the finding")
  t.expect(solve(t), "6379, the datastore")
  t.advance()
  t.walk_to("Kenji")
  x = t.player()
  t.expect(x > 34, "the finding opened the bench gate")
  t.expect(t.error() == nil, "no script errors")
end)

test("the level can be played to the exit", function(t)
  t.load("01_rules_of_engagement.lua")
  t.advance()
  use(t, "Elena")
  t.walk_to("scope orb"); t.advance()
  use(t, "engagement checklist")
  use(t, "Yusuf")
  t.walk_to("nmap orb"); t.advance()
  use(t, "scan notes")
  for _, door in ipairs({ "door 22", "door 80", "door 3306" }) do probe(t, door); t.advance() end
  probe(t, "door 6379"); solve_all(t)
  use(t, "Kenji")
  t.walk_to("scapy orb"); t.advance()
  use(t, "packet bench")
  t.expect(t.has_skill("scapy"), "Scapy held")
  probe(t, "door 22 gateway")
  t.expect(t.text() and t.text():find("Refused"), "the gateway is refused")
  t.press("confirm")
  t.expect(t.text() and t.text():find("Exclusions win"), "the gateway is excluded by name: " .. tostring(t.text()))
  t.advance()
  probe(t, "door 5432"); solve_all(t)
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  for _, s in ipairs({ "pentest_scope", "nmap", "scapy" }) do
    t.expect(t.has_skill(s), "holds " .. s)
  end
  t.expect(t.xp() >= 150, "worth at least 150 XP, got " .. t.xp())
  t.expect(t.error() == nil, "no script errors")
end)
