-- Level tests for 02_bricks.lua: run with `skillquest --test levels/game_dev/`.

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

-- Tobi asks a newcomer's refreshers first, then his own questions.
local function meet_tobi(t)
  for _ = 1, 4 do
    t.walk_to("Tobi"); t.press("confirm"); t.advance()
    while t.exercise() and t.exercise().id ~= "gd_sprite_2" do
      local id = t.exercise().id
      t.expect(t.solve(), "a refresher: " .. id)
      t.wait(10); t.advance()
    end
    if t.exercise() then return end
  end
end

test("the ball passes through bricks an equality test never sees", function(t)
  t.load("02_bricks.lua")
  t.advance()
  carry(t, "grid line", "map loader")
  carry(t, "equal test", "hit test")
  t.wait(60 * 10)
  t.walk_to("Tobi")
  t.expect(not t.goals_met(), "nothing breaks")
  t.expect(t.error() == nil, "no script errors")
end)

test("the whole level can be played to the exit", function(t)
  t.load("02_bricks.lua")
  t.advance()
  meet_tobi(t)
  t.expect(t.exercise().id == "gd_sprite_2", "Tobi's sprite scenario")
  t.expect(not t.solve(false), "load frames when first shown, on purpose")
  t.wait(10); t.advance()
  if t.exercise() then t.expect(t.solve(), "Tobi's tile-map scenario"); t.advance() end
  t.walk_to("sprites orb"); t.advance()
  t.walk_to("sprite class"); t.press("confirm"); solve_all(t)
  t.expect(t.has_skill("sprites"), "sprites held")
  t.walk_to("tile map orb"); t.advance()
  t.walk_to("loader script"); t.press("confirm"); solve_all(t)
  t.expect(t.has_skill("tilemaps"), "tile maps held")
  t.walk_to("Rafael"); t.press("confirm"); solve_all(t)
  t.walk_to("collision orb"); t.advance()
  t.walk_to("brick code"); t.press("confirm"); solve_all(t)
  t.walk_to("collision notes"); t.press("confirm"); solve_all(t)
  t.expect(t.has_skill("collision"), "collision held")
  carry(t, "grid line", "map loader")
  carry(t, "kill test", "hit test")
  for _ = 1, 12 do
    t.wait(60 * 5); t.advance()
    if t.goals_met() then break end
  end
  t.expect(t.goals_met(), "the wall breaks: every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
