-- Level tests for 04_storm_season.lua: run with `skillquest --test levels/iot/`.

local function solve_all(t)
  t.advance()
  while t.exercise() do
    local id = t.exercise().id
    t.expect(t.solve(), "answered right: " .. id)
    t.advance()
  end
end

-- Talks to Sione; a player who comes without IoT basics and MQTT gets
-- both taught again, one after the other.
local function meet_sione(t)
  t.walk_to("Sione"); t.press("confirm"); t.advance()
  local refreshed = 0
  while t.exercise() and t.exercise().id ~= "iot_broker_1" do
    local id = t.exercise().id
    t.expect(t.solve(), "a refresher: " .. id)
    refreshed = refreshed + 1
    t.wait(10); t.advance()
    if not t.exercise() then t.walk_to("Sione"); t.press("confirm"); t.advance() end
  end
  return refreshed
end

local function carry(t, token, slot)
  t.walk_to(token); t.press("confirm")
  t.walk_to(slot); t.press("confirm")
end

local function storm(t)
  t.walk_to("storm lever"); t.press("confirm")
  local said = t.text()
  t.advance()
  return said
end

test("a player without MQTT gets IoT basics, then MQTT, taught again", function(t)
  t.load("04_storm_season.lua")
  t.expect(t.error() == nil, "no level error")
  t.advance()
  t.expect(meet_sione(t) == 2, "two refreshers: IoT basics, then MQTT")
  t.expect(t.has_skill("iot_basics") and t.has_skill("mqtt"), "both held")
  t.expect(t.exercise().id == "iot_broker_1", "then Sione's own question")
end)

test("QoS 1 on the feed doubles a dose; QoS 2 does not", function(t)
  t.load("04_storm_season.lua")
  t.advance()
  t.expect(storm(t):find("needs a QoS"), "no QoS yet: the lever says so")
  carry(t, "QoS 0", "chart stream")
  carry(t, "QoS 2", "alarm stream")
  carry(t, "QoS 1", "feed stream")
  t.expect(storm(t):find("twice"), "a lost PUBACK doubles the dose")
  t.load("04_storm_season.lua") -- the storm again, with the QoS each message needs
  t.advance()
  carry(t, "QoS 0", "chart stream")
  carry(t, "QoS 1", "alarm stream")
  carry(t, "QoS 2", "feed stream")
  local xp = t.xp()
  t.expect(storm(t):find("QoS per message"), "the storm is weathered")
  t.expect(t.xp() == xp + 30, "weathering it earns 30 XP")
  t.expect(t.error() == nil, "no script errors")
end)

test("the whole level can be played to the exit", function(t)
  t.load("04_storm_season.lua")
  t.advance()
  meet_sione(t)
  t.expect(not t.solve(false), "sorted wrong on purpose")
  t.walk_to("broker orb"); t.advance()
  t.expect(t.learning("mqtt_broker"), "taught, not held after a miss")
  t.walk_to("handshake chart"); t.press("confirm"); solve_all(t)
  t.expect(t.has_skill("mqtt_broker"), "held")
  carry(t, "QoS 0", "chart stream")
  carry(t, "QoS 1", "alarm stream")
  carry(t, "QoS 2", "feed stream")
  storm(t)
  for _, name in ipairs({ "dashboard log", "bed 3 script", "logger notes" }) do
    t.walk_to(name); t.press("confirm"); solve_all(t)
  end
  t.walk_to("Ingrid"); t.press("confirm"); solve_all(t)
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
