-- Level tests for 05_launch_day.lua: run with `skillquest --test levels/game_dev/`.

local function solve_all(t)
  t.advance()
  while t.exercise() do
    local id = t.exercise().id
    t.expect(t.solve(), "answered right: " .. id)
    t.wait(10); t.advance()
  end
end

local function carry(t, token, slot)
  t.walk_to(token); t.press("confirm")
  t.walk_to(slot); t.press("confirm")
end

-- Talks to Amara until she asks her own scenario; a newcomer answers the
-- refreshers of the earlier levels' skills first.
local function meet_amara(t)
  for _ = 1, 5 do
    t.walk_to("Amara"); t.press("confirm"); t.advance()
    while t.exercise() and t.exercise().id ~= "gd_srv_1" do
      local id = t.exercise().id
      t.expect(t.solve(), "a refresher: " .. id)
      t.wait(10); t.advance()
    end
    if t.exercise() then return end
  end
end

-- Pulls the lever and returns every page launch day says.
local function launch(t)
  t.walk_to("launch lever"); t.press("confirm")
  local said = {}
  for _ = 1, 10 do
    if not t.dialogue_open() then break end
    said[#said + 1] = t.text()
    t.press("confirm")
  end
  return table.concat(said, " | ")
end

test("the brief says who the player is now; a trusting design is explained", function(t)
  t.load("05_launch_day.lua")
  t.expect(t.text():find("engineer now"), "the brief: you are the engineer now")
  t.advance()
  t.expect(launch(t):find("empty slot"), "the lever wants every slot filled")
  carry(t, "client score", "score slot")
  carry(t, "rate limit", "submit slot")
  carry(t, "sorted set", "top slot")
  carry(t, "load test", "before slot")
  local said = launch(t)
  t.expect(said:find("999,999,999 is first"), "a trusted client tops the board")
  t.expect(said:find("37 cheaters"), "the verdict counts the cheaters")
  t.expect(not t.goals_met(), "not approved")
  t.expect(t.error() == nil, "no script errors")
end)

test("the whole level can be played to the exit", function(t)
  t.load("05_launch_day.lua")
  t.advance()
  meet_amara(t)
  t.expect(t.exercise().id == "gd_srv_1", "Amara's scenario")
  t.expect(not t.solve(false), "a signed client score, on purpose")
  t.walk_to("servers orb"); t.advance()
  t.expect(t.learning("game_servers") and not t.has_skill("game_servers"), "taught, not held after a miss")
  t.walk_to("server tick"); t.press("confirm"); solve_all(t)
  t.walk_to("cheat report"); t.press("confirm"); solve_all(t)
  t.expect(t.has_skill("game_servers"), "authoritative servers held")
  t.walk_to("backend orb"); t.advance()
  t.walk_to("Luis"); t.press("confirm"); solve_all(t)
  t.walk_to("leaderboard code"); t.press("confirm"); solve_all(t)
  t.walk_to("load-test plan"); t.press("confirm"); solve_all(t)
  t.expect(t.has_skill("game_backend"), "game backends held")
  carry(t, "server replay", "score slot")
  carry(t, "rate limit", "submit slot")
  carry(t, "sorted set", "top slot")
  carry(t, "load test", "before slot")
  local xp = t.xp()
  t.expect(launch(t):find("Approved"), "launch day holds")
  t.expect(t.xp() == xp + 40, "approval earns 40 XP")
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
