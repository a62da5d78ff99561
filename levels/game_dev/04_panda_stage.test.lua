-- Level tests for 04_panda_stage.lua: run with `skillquest --test levels/game_dev/`.

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

local function meet_yusuf(t)
  for _ = 1, 4 do
    t.walk_to("Yusuf"); t.press("confirm"); t.advance()
    while t.exercise() and t.exercise().id ~= "gd_panda_3" do
      local id = t.exercise().id
      t.expect(t.solve(), "a refresher: " .. id)
      t.wait(10); t.advance()
    end
    if t.exercise() then return end
  end
end

test("fewer lights, a guess, leaves the frame at 47 ms", function(t)
  t.load("04_panda_stage.lua")
  t.advance()
  carry(t, "fewer lights", "frame work slot")
  t.walk_to("PStats lever"); t.press("confirm")
  t.expect(t.text():find("47 ms"), "fewer lights: still 47 ms")
  t.advance()
  t.expect(t.error() == nil, "no script errors")
end)

test("the whole level can be played to the exit", function(t)
  t.load("04_panda_stage.lua")
  t.advance()
  meet_yusuf(t)
  t.expect(t.exercise().id == "gd_panda_3", "Yusuf's scenario")
  t.expect(not t.solve(false), "pygame for 3D, on purpose")
  t.wait(10); t.advance()
  if t.exercise() then t.solve(); t.advance() end
  t.walk_to("panda3d orb"); t.advance()
  t.walk_to("showbase script"); t.press("confirm"); solve_all(t)
  t.walk_to("walk task code"); t.press("confirm"); solve_all(t)
  t.expect(t.has_skill("panda3d"), "Panda3D held")
  t.walk_to("scene graph orb"); t.advance()
  t.walk_to("scene notes"); t.press("confirm"); solve_all(t)
  t.expect(t.has_skill("scene_graph"), "scene graphs held")
  t.walk_to("Elena"); t.press("confirm"); solve_all(t)
  t.walk_to("profiling orb"); t.advance()
  t.walk_to("profile output"); t.press("confirm"); solve_all(t)
  t.walk_to("perf checklist"); t.press("confirm"); solve_all(t)
  t.expect(t.has_skill("game_profiling"), "profiling held")
  t.walk_to("PStats lever"); t.press("confirm")
  t.expect(t.text():find("loadModel"), "PStats points at loadModel")
  t.advance()
  carry(t, "task.cont", "walk task slot")
  carry(t, "parent robot", "drone parent slot")
  carry(t, "load once", "frame work slot")
  for _ = 1, 6 do
    t.wait(60); t.advance()
    if t.goals_met() then break end
  end
  t.expect(t.goals_met(), "the demo runs: every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
