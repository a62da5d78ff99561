-- Level tests for 01_arcade.lua: run with `skillquest --test levels/game_dev/`.

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

-- Kenji first asks a newcomer for Python, then his own scenario.
local function meet_kenji(t)
  t.walk_to("Kenji"); t.press("confirm"); t.advance()
  while t.exercise() and t.exercise().id ~= "gd_loop_2" do
    local id = t.exercise().id
    t.expect(t.solve(), "a refresher: " .. id)
    t.wait(10); t.advance()
  end
  if not t.exercise() then t.walk_to("Kenji"); t.press("confirm"); t.advance() end
end

test("a per-frame line runs faster at 144 fps", function(t)
  t.load("01_arcade.lua")
  t.advance()
  carry(t, "per-frame line", "COMET cabinet")
  t.walk_to("frame-rate lever"); t.press("confirm")
  t.expect(t.text():find("144 fps") and t.text():find("576 px/s"), "4 px a frame at 144 fps: 576 px/s")
  t.advance()
  t.expect(t.error() == nil, "no script errors")
end)

test("milliseconds taken for seconds: 1000 times too fast", function(t)
  t.load("01_arcade.lua")
  t.advance()
  carry(t, "ms line", "COMET cabinet")
  t.walk_to("frame-rate lever"); t.press("confirm")
  t.expect(t.text():find("240000 px/s"), "milliseconds as seconds: 1000 times too fast")
  t.advance()
  t.expect(t.error() == nil, "no script errors")
end)

test("the whole level can be played to the exit", function(t)
  t.load("01_arcade.lua")
  t.advance()
  meet_kenji(t)
  t.expect(t.exercise() and t.exercise().id == "gd_loop_2", "Kenji's scenario")
  t.expect(not t.solve(false), "a loop with no tick, on purpose")
  t.walk_to("loop orb"); t.advance()
  t.expect(t.learning("game_loop"), "the loop orb teaches the game loop")
  t.walk_to("loop notes"); t.press("confirm"); solve_all(t)
  t.expect(t.has_skill("game_loop"), "game loop held")
  t.walk_to("delta time orb"); t.advance()
  t.walk_to("clock script"); t.press("confirm"); solve_all(t)
  t.walk_to("update code"); t.press("confirm"); solve_all(t)
  t.expect(t.has_skill("delta_time"), "frame-rate independence held")
  carry(t, "dt line", "COMET cabinet")
  t.walk_to("frame-rate lever"); t.press("confirm")
  local said = t.text() or ""
  t.advance()
  t.expect(said:find("frame%-rate independence"), "Kenji says the cabinet is fixed")
  -- COMET is a game again: walking into the ball hits it back.
  local before, hit = t.xp(), false
  for _ = 1, 20 do
    pcall(t.walk_to, "ball"); t.advance()
    if t.xp() > before then hit = true; break end
    t.wait(7)
  end
  t.expect(hit, "the player returns the ball: 5 XP")
  t.walk_to("Ines"); t.press("confirm"); solve_all(t)
  t.walk_to("pygame orb"); t.advance()
  t.walk_to("pygame docs"); t.press("confirm"); solve_all(t)
  t.expect(t.has_skill("pygame"), "pygame held")
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
