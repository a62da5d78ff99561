-- Level tests for 04_payment_corridor.lua: run with `skillquest --test levels/apis/`.

local function solve_all(t)
  t.advance()
  while t.exercise() do
    local id = t.exercise().id
    t.expect(t.solve(), "answered right: " .. id)
    t.advance()
  end
end

local function carry(t, token, slot)
  t.walk_to(token); t.press("confirm")
  t.walk_to(slot); t.press("confirm")
end

local function start(t)
  t.load("04_payment_corridor.lua")
  t.expect(t.error() == nil, "no level error")
  for _, s in ipairs({ "http", "json", "rest_apis" }) do t.grant(s) end
  t.advance()
end

local function rush(t, timeout, retries, key)
  carry(t, timeout, "timeout slot")
  carry(t, retries, "retries slot")
  carry(t, key, "key slot")
  t.walk_to("lever"); t.press("confirm")
  t.wait(60 * 13)
end

test("a retry without the first try's key charges payment 3 twice", function(t)
  start(t)
  t.walk_to("lever"); t.press("confirm")
  t.expect(t.text() and t.text():find("three"), "the lever waits for the settings")
  t.advance()
  rush(t, "timeout 3, 10", "backoff", "new key per try")
  t.expect(t.text() and t.text():find("charged twice"), "Luis: a double charge: " .. tostring(t.text()))
  t.advance()
  t.expect(not t.goals_met(), "the level is not done")
  t.expect(t.error() == nil, "no script errors")
end)

test("retrying at once ten times is a retry storm", function(t)
  start(t)
  rush(t, "timeout 3, 10", "retry at once", "one key per payment")
  t.expect(t.text() and t.text():find("Retry storm"), "Luis: the storm: " .. tostring(t.text()))
  t.advance()
  t.expect(t.error() == nil, "no script errors")
end)

test("without a timeout, payment 3 hangs a checkout worker", function(t)
  start(t)
  rush(t, "no timeout", "backoff", "one key per payment")
  t.expect(t.text() and t.text():find("never came back"), "Luis: the hung worker: " .. tostring(t.text()))
  t.advance()
  t.expect(t.error() == nil, "no script errors")
end)

test("the whole level can be played to the exit, with a miss on the way", function(t)
  start(t)
  t.walk_to("Luis"); t.press("confirm"); t.advance()
  t.expect(not t.exercise(), "Luis asks nothing before the orb")
  t.walk_to("consuming orb"); t.advance()
  t.walk_to("charge script"); t.press("confirm"); t.advance()
  t.expect(not t.solve(false), "the wrong line, on purpose")
  t.advance()
  t.expect(t.learning("api_consuming"), "still learning")
  t.walk_to("Luis"); t.press("confirm"); t.advance(); solve_all(t)
  t.expect(t.has_skill("api_consuming"), "Consuming APIs held")
  t.walk_to("charge script"); t.press("confirm"); t.advance(); solve_all(t)
  local xp = t.xp()
  rush(t, "timeout 3, 10", "backoff", "one key per payment")
  t.expect(t.text() and t.text():find("not one twice"), "Luis: all ten once: " .. tostring(t.text()))
  t.advance()
  t.expect(t.xp() == xp + 40, "the rush earns 40 XP")
  for _, name in ipairs({ "retry config", "429 playbook", "retry chart" }) do
    t.walk_to(name); t.press("confirm"); t.advance(); solve_all(t)
  end
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
