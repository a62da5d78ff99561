-- Level tests for 03_model_bench.lua: the bench's honest pipeline and the
-- gallery's threshold.

local function warm_up(t)
  for _ = 1, 40 do
    if t.dialogue_open() then t.advance() end
    local ex = t.exercise()
    if ex and ex.id:find("^ds_warm") then
      t.expect(t.solve(), "warm-up " .. ex.id)
    elseif ex then
      return
    end
    t.wait(10)
    if not t.dialogue_open() and not t.exercise() then return end
  end
end

-- Walks there, closing whatever speaks on the way (a skill's card, a new rank).
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

local function place(t, token, pad)
  go(t, token); t.press("confirm")
  go(t, pad); t.press("confirm")
  t.wait(2)
end

local function use(t, target)
  go(t, target); t.press("confirm"); t.advance()
end

test("a leaky feature scores 0.99 and fails next month; the honest bench reads 0.84 twice", function(t)
  t.load("03_model_bench.lua")
  t.advance()
  use(t, "Aiyana"); warm_up(t)
  t.expect(t.has_skill("statistics") and t.has_skill("pandas"), "the warm-ups hold what came before")
  go(t, "ml orb"); t.advance()
  use(t, "ml terminal"); t.expect(t.solve(), "X and y")
  t.expect(t.has_skill("ml_basics"), "ML basics held")
  go(t, "scikit-learn orb"); t.advance()
  use(t, "pipeline terminal")
  t.expect(not t.solve(false), "a wrong line on purpose")
  t.expect(t.learning("scikit_learn") and not t.has_skill("scikit_learn"), "missed: still learning")
  use(t, "pipeline terminal"); t.expect(t.solve(), "the scaler fitted before the split")
  t.expect(t.has_skill("scikit_learn"), "scikit-learn held")
  -- FEATURES before SPLIT is refused.
  place(t, "+ refund_issued column", "FEATURES")
  t.expect(t.label("FEATURES") == "FEATURES\nempty", "split first")
  go(t, "SPLIT"); t.press("confirm")
  t.expect(t.label("SPLIT") == "SPLIT\nempty", "the carried feature does not fit SPLIT")
  t.hold("right", 24); t.press("confirm") -- put it down
  place(t, "train_test_split(stratify=y)", "SPLIT")
  place(t, "+ refund_issued column", "FEATURES")
  place(t, "DBSCAN()", "MODEL")
  t.expect(t.label("MODEL") == "MODEL\nempty", "DBSCAN has no predict: refused")
  t.hold("right", 24); t.press("confirm")
  place(t, "HistGradientBoostingClassifier()", "MODEL")
  t.expect(not t.goals_met(), "0.99 then 0.71 is not honest")
  go(t, "FEATURES"); t.press("confirm") -- take the leak back
  t.expect(t.label("FEATURES") == "FEATURES\nempty", "the leak taken back")
  t.hold("right", 24); t.press("confirm")
  place(t, "ColumnTransformer(OneHot ignore)", "FEATURES")
  t.expect(t.label("FEATURES") == "FEATURES\nColumnTransformer(OneHot ignore)", "the honest features")
  go(t, "features orb"); t.advance()
  use(t, "features terminal"); t.expect(t.solve(), ".dt.month and .dt.dayofweek")
  go(t, "evaluation orb"); t.advance()
  use(t, "evaluation terminal"); t.expect(t.solve(), "y_true first")
  t.expect(t.has_skill("model_evaluation"), "model evaluation held")
  go(t, "THRESHOLD"); t.press("confirm") -- take 0.5 back
  t.hold("down", 20); t.press("confirm")
  place(t, "threshold 0.9", "THRESHOLD")
  t.expect(t.label("THRESHOLD") == "THRESHOLD\nthreshold 0.9", "0.9 on the pad")
  go(t, "THRESHOLD"); t.press("confirm")
  t.hold("down", 20); t.press("confirm")
  place(t, "threshold 0.7", "THRESHOLD")
  go(t, "neural orb"); t.advance()
  use(t, "Nadia"); t.expect(t.solve(), "boosted trees first on tables")
  t.expect(t.has_skill("neural_networks"), "neural networks held")
  t.expect(t.goals_met(), "every goal is done")
  go(t, "exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
