-- Level tests for 05_serving_bay.lua: the serving booth, launch week, the review.

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
  go(t, pad); t.press("confirm") -- take the old token back
  t.hold("left", 40); t.press("confirm") -- and put it down, away from the pads
  place(t, token, pad)
end

test("eager on CPU fails the budget; int8 on CPU passes; drift caught; the review", function(t)
  t.load("05_serving_bay.lua")
  t.advance()
  go(t, "Amara"); t.press("confirm"); warm_up(t)
  go(t, "Amara"); t.press("confirm"); t.advance()
  place(t, "PyTorch eager", "RUNTIME")
  place(t, "4 CPU pods", "HARDWARE")
  place(t, "batch 8, 5 ms", "BATCHING")
  t.expect(not t.goals_met(), "eager PyTorch misses the budget")
  swap(t, "RUNTIME", "ONNX Runtime int8")
  t.expect(t.label("RUNTIME") == "RUNTIME\nORT int8", "int8 on the pad")
  -- Latency and errors alone never fire: the week is missed.
  place(t, "p99 latency", "MONITOR 1")
  place(t, "5xx rate", "MONITOR 2")
  go(t, "week lever"); t.press("confirm"); t.wait(60 * 6)
  t.expect(t.text() and t.text():find("three days late"), "Amara: the labels came too late")
  t.advance()
  swap(t, "MONITOR 2", "input drift")
  go(t, "week lever"); t.press("confirm"); t.wait(60 * 6)
  t.expect(t.text() and t.text():find("Day 4"), "the drift monitor fired on day 4")
  t.advance()
  go(t, "Amara"); t.press("confirm"); t.advance()
  t.expect(t.learning("model_serving"), "the review teaches model serving")
  t.expect(not t.solve(false), "a wrong answer on purpose")
  t.expect(not t.has_skill("model_serving"), "not held after a miss")
  t.expect(t.solve(), "the serving steps in order")
  t.expect(t.has_skill("model_serving"), "model serving held")
  t.wait(10); t.advance()
  t.expect(t.solve(), "the missed scenario, or one standing in")
  t.wait(10); t.advance()
  t.expect(t.learning("mlops"), "then MLOps is taught")
  t.expect(t.solve(), "the drift response")
  t.expect(t.solve(), "what belongs where")
  t.expect(t.has_skill("mlops"), "MLOps held")
  t.expect(t.goals_met(), "every goal is done")
  go(t, "exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
