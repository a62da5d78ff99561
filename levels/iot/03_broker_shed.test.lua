-- Level tests for 03_broker_shed.lua: run with `skillquest --test levels/iot/`.

local function solve_all(t)
  t.advance()
  while t.exercise() do
    local id = t.exercise().id
    t.expect(t.solve(), "answered right: " .. id)
    t.advance()
  end
end

local function meet_hana(t)
  t.walk_to("Hana"); t.press("confirm"); t.advance()
  if t.exercise() and t.exercise().id == "iot_basics_3" then
    t.expect(t.solve(), "the IoT basics refresher")
    t.wait(10); t.advance()
    t.walk_to("Hana"); t.press("confirm"); t.advance()
  end
end

-- Carries a token to a slot; true when the slot took it (the player's
-- hands are free again: the next token can be picked up).
local function carry(t, token, slot)
  t.walk_to(token); t.press("confirm")
  t.walk_to(slot); t.press("confirm")
end

local function wire_beds(t)
  carry(t, "temp probe A", "bed 1"); carry(t, "soil probe A", "bed 2")
  carry(t, "temp probe B", "bed 3"); carry(t, "soil probe B", "bed 4")
end

test("a bed publishes on its topic, and an invalid filter is refused", function(t)
  t.load("03_broker_shed.lua")
  t.expect(t.error() == nil, "no level error")
  t.advance()
  carry(t, "soil probe A", "bed 2")
  t.expect(t.label("bed 2") == "greenhouse/\nbed2/soil", "bed 2 publishes on greenhouse/bed2/soil")
  carry(t, "filter #/soil", "Irrigation")
  t.expect(t.label("filter #/soil"), "the invalid filter is still in hand")
  t.expect(t.error() == nil, "no script errors")
end)

test("the Dashboard stays silent until its paho-mqtt 2 client is fixed", function(t)
  t.load("03_broker_shed.lua")
  t.advance()
  meet_hana(t); solve_all(t)
  t.walk_to("mqtt orb"); t.advance()
  t.expect(t.has_skill("mqtt"), "MQTT held")
  t.walk_to("paho orb"); t.advance()
  t.expect(t.learning("paho_mqtt"), "paho-mqtt being learned")
  t.walk_to("dashboard script"); t.press("confirm"); t.advance()
  t.expect(t.exercise().kind == "code", "the Dashboard's script")
  t.expect(not t.solve(false), "the wrong line, on purpose")
  t.expect(t.learning("paho_mqtt"), "still learning")
  t.walk_to("bed publisher"); t.press("confirm"); t.advance()
  t.expect(t.solve(), "VERSION2 and loop_start")
  t.expect(t.has_skill("paho_mqtt"), "paho-mqtt held")
end)

test("the whole level can be played to the exit", function(t)
  t.load("03_broker_shed.lua")
  t.advance()
  meet_hana(t); solve_all(t)
  t.walk_to("mqtt orb"); t.advance()
  t.walk_to("topic notes"); t.press("confirm"); t.advance(); solve_all(t)
  t.walk_to("paho orb"); t.advance()
  t.walk_to("dashboard script"); t.press("confirm"); t.advance(); solve_all(t)
  t.advance()
  t.walk_to("Kofi"); t.press("confirm"); t.advance(); solve_all(t)
  wire_beds(t)
  carry(t, "filter +/temp", "Dashboard")
  carry(t, "filter +/soil", "Irrigation")
  carry(t, "filter #", "Logger")
  local xp = t.xp()
  t.wait(60 * 15)
  t.expect(t.text() and t.text():find("publish/subscribe"), "Hana: the routing is right")
  t.advance()
  t.expect(t.xp() == xp + 30, "the routing earns 30 XP")
  t.walk_to("broker console"); t.press("confirm"); t.advance(); solve_all(t)
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
