-- Level tests for 01_tensors.lua: the Linear layer's shapes and the Loop Ring.

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

local function pull(t)
  go(t, "training loop"); t.press("confirm")
  t.wait(60 * 3); t.advance()
end

test("the brief points to Mei Lin", function(t)
  t.load("01_tensors.lua")
  t.expect(t.text() and t.text():find("Mei Lin"), "the brief names Mei Lin")
end)

test("wrong shapes are refused, a broken loop does not learn, the right one does", function(t)
  t.load("01_tensors.lua")
  t.advance()
  go(t, "Mei Lin"); t.press("confirm"); warm_up(t)
  t.expect(t.has_skill("python"), "Python held after the warm-up")
  go(t, "Mei Lin"); t.press("confirm"); t.advance()
  go(t, "deep learning orb"); t.advance()
  go(t, "deep terminal"); t.press("confirm")
  t.expect(not t.solve(false), "a wrong answer on purpose")
  t.expect(t.learning("deep_learning") and not t.has_skill("deep_learning"), "missed: still learning")
  go(t, "deep terminal"); t.press("confirm"); t.advance()
  t.expect(t.solve(), "transcribing calls")
  t.expect(t.has_skill("deep_learning"), "deep learning held")
  -- The Linear layer refuses a tensor of the wrong shape.
  place(t, "tensor (32, 1000)", "Linear layer")
  t.expect(t.label("Linear layer") == "Linear(784, 128)", "1000 features refused")
  t.hold("left", 20); t.press("confirm")
  place(t, "tensor (32, 784)", "Linear layer")
  t.expect(t.label("Linear layer") == "Linear(784, 128)\nout: (32, 128)", "784 features taken")
  go(t, "pytorch orb"); t.advance()
  go(t, "pytorch terminal"); t.press("confirm"); t.expect(t.solve(), "the line that forgets zero_grad")
  t.expect(t.has_skill("pytorch"), "PyTorch held")
  -- Evaluation's no_grad in a training loop: PyTorch refuses to backpropagate.
  place(t, "with torch.no_grad():", "STEP 1")
  place(t, "logits = model(x)", "STEP 2")
  place(t, "loss = loss_fn(logits, y)", "STEP 3")
  place(t, "loss.backward()", "STEP 4")
  place(t, "optimizer.step()", "STEP 5")
  go(t, "training loop"); t.press("confirm")
  t.expect(t.text() and t.text():find("does not require grad"), "the error PyTorch raises")
  t.advance()
  t.expect(not t.goals_met(), "the loss does not fall")
  go(t, "STEP 1"); t.press("confirm") -- take no_grad back
  t.expect(t.label("STEP 1") == "STEP 1", "STEP 1 empty again")
  t.hold("right", 20); t.press("confirm")
  place(t, "optimizer.zero_grad()", "STEP 1")
  t.expect(t.label("STEP 1") == "STEP 1\nzero_grad", "zero_grad first")
  pull(t)
  go(t, "Mei Lin"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "ai_pytorch_1", "Mei Lin asks for the write-up")
  t.expect(t.solve(), "the five lines in order")
  t.expect(t.goals_met(), "every goal is done")
  go(t, "exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
