-- Level tests for 04_shoulders.lua: the fine-tuning bench and the export dock.

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


test("a non-commercial backbone is refused; fine-tuned, exported in order", function(t)
  t.load("04_shoulders.lua")
  t.advance()
  go(t, "Leila"); t.press("confirm"); warm_up(t)
  go(t, "Leila"); t.press("confirm"); t.advance()
  go(t, "transfer orb"); t.advance()
  go(t, "transfer terminal"); t.press("confirm")
  t.expect(not t.solve(false), "a wrong blank on purpose")
  t.expect(t.learning("transfer_learning") and not t.has_skill("transfer_learning"), "missed: still learning")
  go(t, "transfer terminal"); t.press("confirm"); t.advance()
  t.expect(t.solve(), "include_top=False, trainable False")
  go(t, "hugging face orb"); t.advance()
  go(t, "hub terminal"); t.press("confirm"); t.expect(t.solve(), "the pipeline task")
  t.expect(t.has_skill("hugging_face"), "Hugging Face held")
  place(t, "vision-pro", "BACKBONE")
  t.expect(t.label("BACKBONE") == "BACKBONE", "the non-commercial licence is refused")
  t.hold("left", 40); t.press("confirm") -- put it down, away from the pads
  place(t, "vision-base", "BACKBONE")
  place(t, "freeze backbone", "FREEZE")
  place(t, "new head", "HEAD")
  t.expect(t.label("HEAD") == "HEAD\n8 classes", "the new head is on")
  go(t, "gpu orb"); t.advance()
  go(t, "gpu terminal"); t.press("confirm"); t.expect(t.solve(), "the tensor left on the CPU")
  go(t, "onnx orb"); t.advance()
  go(t, "onnx terminal"); t.press("confirm"); t.expect(t.solve(), "providers and float32")
  t.expect(t.has_skill("onnx"), "ONNX held")
  place(t, "onnx.checker", "DOCK 1")
  t.expect(t.label("DOCK 1") == "1", "checking before exporting is refused")
  t.hold("left", 40); t.press("confirm") -- put it down, away from the pads
  place(t, "model.eval()", "DOCK 1")
  place(t, "torch.onnx.export", "DOCK 2")
  place(t, "onnx.checker", "DOCK 3")
  place(t, "compare outputs", "DOCK 4")
  t.expect(t.label("DOCK 4") == "4\ncompare", "all four steps")
  go(t, "Leila"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "ai_transfer_learning_3", "Leila asks once it ships")
  t.expect(t.solve(), "fine-tune a pretrained image model")
  t.expect(t.goals_met(), "every goal is done")
  go(t, "exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
