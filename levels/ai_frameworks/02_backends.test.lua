-- Level tests for 02_backends.lua: the backend pad, the import arch, the desks.

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


local function import_with(t, backend)
  go(t, "restart terminal"); t.press("confirm"); t.advance()
  go(t, "KERAS_BACKEND"); t.press("confirm") -- take the old token back
  t.hold("down", 16); t.press("confirm")
  place(t, "backend " .. backend, "KERAS_BACKEND")
  go(t, "import keras"); t.advance()
end

test("the backend is fixed at import; each platform opens for its own", function(t)
  t.load("02_backends.lua")
  t.advance()
  go(t, "Rafael"); t.press("confirm"); warm_up(t)
  t.expect(t.has_skill("pytorch"), "the warm-ups hold PyTorch")
  go(t, "Rafael"); t.press("confirm"); t.advance()
  -- No token: Keras falls back to TensorFlow.
  go(t, "import keras"); t.advance()
  go(t, "keras orb"); t.advance()
  go(t, "keras terminal"); t.press("confirm")
  t.expect(not t.solve(false), "a wrong line on purpose")
  go(t, "keras terminal"); t.press("confirm"); t.advance()
  t.expect(t.solve(), "the backend set after import")
  t.expect(t.has_skill("keras"), "Keras held")
  go(t, "tensorflow orb"); t.advance()
  go(t, "tensorflow terminal"); t.press("confirm"); t.expect(t.solve(), "LiteRT's interpreter")
  t.expect(t.has_skill("tensorflow"), "TensorFlow held")
  -- The backend cannot change while Keras is imported.
  place(t, "backend jax", "KERAS_BACKEND")
  t.expect(t.label("KERAS_BACKEND") == "KERAS_BACKEND", "refused after import")
  -- Restart with the token still in hand, then set it and import.
  go(t, "restart terminal"); t.press("confirm"); t.advance()
  go(t, "KERAS_BACKEND"); t.press("confirm")
  t.expect(t.label("KERAS_BACKEND") == "KERAS_BACKEND\n\"jax\"", "taken after the restart")
  go(t, "import keras"); t.advance()
  go(t, "jax orb"); t.advance()
  go(t, "jax terminal"); t.press("confirm"); t.expect(t.solve(), "grad and jit")
  t.expect(t.has_skill("jax"), "JAX held")
  local ok = pcall(t.walk_to, "sklearn terminal")
  t.expect(not ok, "the PyTorch platform is shut for a JAX process")
  import_with(t, "torch")
  go(t, "Rafael"); t.press("confirm"); t.advance(); t.expect(t.solve(), "Keras on torch")
  go(t, "scikit-learn orb"); t.advance()
  go(t, "sklearn terminal"); t.press("confirm"); t.expect(t.solve(), "the fitted-on-test line")
  place(t, "card churn", "PyTorch desk")
  t.expect(t.label("PyTorch desk") == "PyTorch", "tables do not go to PyTorch")
  go(t, "scikit-learn desk"); t.press("confirm")
  place(t, "card research", "PyTorch desk")
  place(t, "card prototype", "Keras desk")
  place(t, "card phone", "LiteRT desk")
  t.expect(t.goals_met(), "every goal is done")
  go(t, "exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
