-- Level tests for 02_noisy_beds.lua: run with `skillquest --test levels/iot/`.

-- Answers every exercise that is open, right.
local function solve_all(t)
  t.advance()
  while t.exercise() do
    local id = t.exercise().id
    t.expect(t.solve(), "answered right: " .. id)
    t.advance()
  end
end

-- Talks to Tomasz; a player who comes without IoT basics gets its refresher.
local function meet_tomasz(t)
  t.walk_to("Tomasz"); t.press("confirm"); t.advance()
  if t.exercise() and t.exercise().id == "iot_basics_3" then
    t.expect(t.solve(), "the IoT basics refresher")
    t.wait(10); t.advance()
    t.walk_to("Tomasz"); t.press("confirm"); t.advance()
  end
end

local function carry(t, token, slot)
  t.walk_to(token); t.press("confirm")
  t.walk_to(slot); t.press("confirm")
end

test("a player without IoT basics gets it taught again first", function(t)
  t.load("02_noisy_beds.lua")
  t.expect(t.error() == nil, "no level error")
  t.advance()
  t.walk_to("Tomasz"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "iot_basics_3", "the refresher asks about IoT basics")
  t.expect(t.learning("iot_basics"), "IoT basics taught again")
  t.expect(not t.solve(false), "a wrong answer on purpose")
  t.wait(10); t.advance()
  t.expect(t.exercise(), "the refresher asks again, another item of the same skill")
  t.expect(t.solve(), "right")
  t.expect(t.has_skill("iot_basics"), "IoT basics held")
  t.advance()
  t.walk_to("Tomasz"); t.press("confirm"); t.advance()
  t.expect(t.exercise().id == "iot_sensors_3", "then Tomasz's own question")
end)

test("raw and mean cry wolf; the median holds steady", function(t)
  t.load("02_noisy_beds.lua")
  t.advance()
  meet_tomasz(t); solve_all(t)
  carry(t, "mean", "filter slot")
  local xp = t.xp()
  t.wait(60 * 9)
  t.expect(t.xp() == xp, "the mean lets the 85.0 glitch through: no steady run")
  t.walk_to("filter slot"); t.press("confirm") -- take the mean token back
  t.walk_to("filter notes"); t.hold("down", 20); t.press("confirm") -- put it down
  carry(t, "median", "filter slot")
  t.wait(60 * 10)
  t.expect(t.text() and t.text():find("outvote"), "Tomasz: the median outvotes the glitch")
  t.advance()
  t.expect(t.xp() == xp + 20, "eight steady readings earn 20 XP")
  t.expect(t.error() == nil, "no script errors")
end)

test("the whole level can be played to the exit", function(t)
  t.load("02_noisy_beds.lua")
  t.advance()
  meet_tomasz(t); solve_all(t)
  t.walk_to("sensors orb"); t.advance()
  t.expect(t.has_skill("sensors"), "answered, then taught: sensors held")
  carry(t, "median", "filter slot")
  t.walk_to("filter notes"); t.press("confirm"); t.advance(); solve_all(t)
  t.walk_to("door counter"); t.press("confirm"); t.advance()
  t.expect(t.exercise().kind == "code", "the door counter's bouncing switch")
  solve_all(t)
  t.wait(60 * 10); t.advance()
  t.walk_to("beds steady") -- met: the goal's marker answers to its name
  t.walk_to("Leila"); t.press("confirm"); t.advance(); solve_all(t)
  t.walk_to("time series orb"); t.advance()
  t.expect(t.has_skill("time_series"), "time series held")
  carry(t, "arrival time", "rack slot"); t.advance()
  t.walk_to("rack slot"); t.press("confirm") -- take it back
  t.hold("down", 30); t.hold("up", 2); t.press("confirm") -- put it down
  carry(t, "reading ts", "rack slot"); t.advance()
  t.walk_to("ingest script"); t.press("confirm"); t.advance()
  t.expect(t.exercise().kind == "code", "the ingest script buckets by arrival")
  solve_all(t)
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
