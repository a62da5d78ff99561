-- Level tests for 03_curve_lab.lua: two tickets, two curves on the floor.

local function go(t, target)
  for i = 1, 3 do
    t.advance()
    local ok, err = pcall(t.walk_to, target)
    if not ok then
      if i > 1 and tostring(err):find("nothing named") then return end -- an orb, taken
      error(err, 0)
    end
    if not t.dialogue_open() then return end
  end
end

local function warm_up(t)
  for _ = 1, 20 do
    if t.dialogue_open() then t.advance() end
    local ex = t.exercise()
    if ex and ex.id:find("^ai_warm") then
      t.expect(t.solve(), "warm-up " .. ex.id)
    elseif ex then
      return
    end
    t.wait(10)
    if not t.dialogue_open() and not t.exercise() then return end
  end
end

local function place(t, token, pad)
  go(t, token); t.press("confirm")
  go(t, pad); t.press("confirm")
  t.wait(2)
end


local function swap(t, pad, token)
  go(t, pad); t.press("confirm") -- take the old knob back
  t.hold("right", 40); t.press("confirm") -- and put it down, away from the pads
  place(t, token, pad)
end

local function run(t)
  go(t, "TRAIN lever"); t.press("confirm")
  t.wait(60 * 3)
end

test("underfit, then overfit, each fixed on the floor chart", function(t)
  t.load("03_curve_lab.lua")
  t.advance()
  go(t, "Sione"); t.press("confirm"); warm_up(t)
  go(t, "Sione"); t.press("confirm"); t.advance()
  go(t, "overfitting orb"); t.advance()
  go(t, "curve terminal"); t.press("confirm")
  t.expect(not t.solve(false), "a wrong blank on purpose")
  t.expect(t.learning("overfitting") and not t.has_skill("overfitting"), "missed: still learning")
  go(t, "curve terminal"); t.press("confirm"); t.advance()
  t.expect(t.solve(), "restore_best_weights and validation data")
  t.expect(t.has_skill("overfitting"), "overfitting held")
  t.expect(t.label("SIZE") == "SIZE\nS", "ticket A starts with the small model")
  run(t)
  t.expect(not t.goals_met(), "S for 5 epochs underfits")
  swap(t, "SIZE", "model size M")
  swap(t, "EPOCHS", "epochs 20")
  run(t); t.advance()
  swap(t, "SIZE", "model size L")
  swap(t, "EPOCHS", "epochs 60")
  run(t)
  place(t, "EarlyStopping(patience=3)", "CALLBACK")
  run(t); t.advance()
  go(t, "Sione"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "ai_overfitting_3", "Sione asks once both tickets close")
  t.expect(t.solve(), "augment, dropout, stop early")
  t.expect(t.goals_met(), "every goal is done")
  go(t, "exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
