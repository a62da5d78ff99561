-- Level tests for 03_drone_bay.lua: run with `skillquest --test levels/game_dev/`.

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

local function meet_mei(t)
  for _ = 1, 4 do
    t.walk_to("Mei"); t.press("confirm"); t.advance()
    while t.exercise() and t.exercise().id ~= "gd_vec_3" do
      local id = t.exercise().id
      t.expect(t.solve(), "a refresher: " .. id)
      t.wait(10); t.advance()
    end
    if t.exercise() then return end
  end
end

test("a normalize line overshoots and never docks", function(t)
  t.load("03_drone_bay.lua")
  t.advance()
  carry(t, "normalize line", "steering slot")
  t.wait(60 * 6)
  t.walk_to("beacon lever"); t.press("confirm"); t.advance()
  t.wait(60 * 6)
  t.walk_to("beacon lever"); t.press("confirm"); t.advance()
  t.wait(60 * 6)
  t.walk_to("Mei")
  t.expect(not t.goals_met(), "it jitters: no goal")
  t.expect(t.error() == nil, "no script errors")
end)

test("the whole level can be played to the exit", function(t)
  t.load("03_drone_bay.lua")
  t.advance()
  meet_mei(t)
  t.expect(t.exercise().id == "gd_vec_3", "Mei's scenario")
  t.expect(not t.solve(false), "normalize every frame, on purpose")
  t.walk_to("vectors orb"); t.advance()
  t.walk_to("input code"); t.press("confirm"); solve_all(t)
  t.walk_to("bounce notes"); t.press("confirm"); solve_all(t)
  t.expect(t.has_skill("vector_math"), "vector maths held")
  carry(t, "move_towards line", "steering slot")
  t.wait(60 * 6)
  t.walk_to("beacon lever"); t.press("confirm"); t.advance()
  local said = ""
  for _ = 1, 10 do
    t.wait(60)
    said = said .. (t.text() or "")
    t.advance()
  end
  t.expect(said:find("never overshoots"), "the drone docks at a second spot: Mei says so")
  t.walk_to("Grace"); t.press("confirm"); solve_all(t)
  t.walk_to("scripting orb"); t.advance()
  t.walk_to("engine split"); t.press("confirm"); solve_all(t)
  t.walk_to("level script"); t.press("confirm"); solve_all(t)
  t.expect(t.has_skill("game_scripting"), "game scripting held")
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
