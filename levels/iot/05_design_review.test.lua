-- Level tests for 05_design_review.lua: run with `skillquest --test levels/iot/`.

local function solve_all(t)
  t.advance()
  while t.exercise() do
    local id = t.exercise().id
    t.expect(t.solve(), "answered right: " .. id)
    t.advance()
  end
end

-- Talks to Nadia until she asks her own scenario; a player who comes
-- without the earlier levels' skills answers their refreshers first.
local function meet_nadia(t)
  for _ = 1, 4 do
    t.walk_to("Nadia"); t.press("confirm"); t.advance()
    while t.exercise() and t.exercise().id ~= "iot_sec_1" do
      local id = t.exercise().id
      t.expect(t.solve(), "a refresher: " .. id)
      t.wait(10); t.advance()
    end
    if t.exercise() then return end
  end
end

local function carry(t, token, slot)
  t.walk_to(token); t.press("confirm")
  t.walk_to(slot); t.press("confirm")
end

local function incidents(t)
  t.walk_to("incident lever"); t.press("confirm")
  local said = t.text()
  t.advance()
  return said
end

test("the brief says who the player is now, and Sione waits for security", function(t)
  t.load("05_design_review.lua")
  t.expect(t.error() == nil, "no level error")
  t.expect(t.text():find("engineer now"), "the brief: you are the engineer now")
  t.advance()
  t.walk_to("Sione"); t.press("confirm")
  local sent = false
  for _ = 1, 10 do
    if not t.dialogue_open() then break end
    sent = sent or (t.text():find("Nadia first") ~= nil)
    t.press("confirm")
  end
  t.expect(sent, "Sione sends the player to Nadia first")
  t.expect(not t.learning("ota_updates"), "no OTA skill before security")
end)

test("a wrong design is explained by its incident", function(t)
  t.load("05_design_review.lua")
  t.advance()
  t.expect(incidents(t):find("empty"), "the lever wants every slot filled")
  carry(t, "shared password", "identity slot")
  carry(t, "port 8883", "transport slot")
  carry(t, "backoff", "reconnect slot")
  carry(t, "A/B canary", "updates slot")
  t.expect(incidents(t):find("shared password"), "a stolen card with a shared password")
  t.expect(t.error() == nil, "no script errors")
end)

test("the whole level can be played to the exit", function(t)
  t.load("05_design_review.lua")
  t.advance()
  meet_nadia(t)
  t.expect(t.exercise().id == "iot_sec_1", "Nadia's scenario")
  t.expect(not t.solve(false), "a shared password, on purpose")
  t.expect(t.learning("iot_security") and not t.has_skill("iot_security"), "taught, not held after a miss")
  t.walk_to("tls config"); t.press("confirm"); solve_all(t)
  t.expect(t.has_skill("iot_security"), "IoT security held")
  carry(t, "device cert", "identity slot")
  carry(t, "port 8883", "transport slot")
  carry(t, "backoff", "reconnect slot")
  carry(t, "A/B canary", "updates slot")
  local xp = t.xp()
  t.expect(incidents(t):find("Approved"), "the three incidents pass")
  t.expect(t.xp() == xp + 40, "approval earns 40 XP")
  t.walk_to("acl file"); t.press("confirm"); solve_all(t)
  t.walk_to("law notice"); t.press("confirm"); solve_all(t)
  t.walk_to("Sione"); t.press("confirm"); solve_all(t)
  t.expect(t.has_skill("ota_updates"), "over-the-air updates held")
  t.walk_to("rollout plan"); t.press("confirm"); solve_all(t)
  t.walk_to("signing note"); t.press("confirm"); solve_all(t)
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
