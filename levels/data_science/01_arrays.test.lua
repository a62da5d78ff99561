-- Level tests for 01_arrays.lua: Pip's loop, the vector press, the Latency Board.

local function start(t)
  t.load("01_arrays.lua")
  t.advance()
  t.walk_to("Nadia"); t.press("confirm"); t.advance()
  -- A newcomer without Python gets Nadia's warm-up first; a player who
  -- holds it already (a career, levels/campaign.test.lua) goes straight on.
  if not t.has_skill("python") then
    t.expect(t.exercise() and t.exercise().id == "ds_warm_python", "Nadia checks Python first")
    t.expect(t.solve(), "len counts items")
  end
  t.expect(t.has_skill("python"), "Python held")
end

test("the brief points to Nadia", function(t)
  t.load("01_arrays.lua")
  t.expect(t.text() and t.text():find("Nadia"), "the brief names Nadia")
end)

test("the whole level, with one wrong answer and one refused statistic", function(t)
  start(t)
  t.walk_to("numpy orb"); t.advance()
  t.expect(t.learning("numpy"), "the orb teaches NumPy: learning")
  t.walk_to("Pip"); t.press("confirm")
  t.wait(60 * 5); t.advance()
  t.expect(t.exercise() and t.exercise().id == "ds_numpy_4", "after ten steps Pip asks what is a loop")
  t.expect(t.label("Pip") == "10 of 5,000,000 done", "Pip counted ten crates")
  t.expect(not t.solve(false), "a wrong sort on purpose")
  t.expect(not t.has_skill("numpy"), "a miss does not make NumPy held")
  t.walk_to("vector press"); t.press("confirm")
  t.expect(t.exercise().kind == "code", "the press asks for the loop's line")
  t.expect(t.solve(), "line 5 starts the loop")
  t.expect(t.has_skill("numpy"), "NumPy held")
  t.walk_to("Pip"); t.press("confirm"); t.advance()
  t.expect(t.quiz_open(), "Pip asks again")
  t.expect(t.solve(), "sorted right")
  t.walk_to("statistics orb"); t.advance()
  t.walk_to("stats terminal"); t.press("confirm")
  t.expect(t.solve(), "p99 for the SLO")
  t.expect(t.has_skill("statistics"), "statistics held")
  -- The board: the mean is refused where a typical request is asked for.
  t.walk_to("mean"); t.press("confirm")
  t.walk_to("DASHBOARD: typical"); t.press("confirm")
  t.expect(t.label("DASHBOARD: typical") == "DASHBOARD\ntypical", "the mean is refused")
  local why = t.toast() or (t.dialogue_open() and t.text()) or ""
  t.expect(why:find("pulled up", 1, true) and why:find("typical request takes", 1, true),
    "the refusal says what the mean is and what this pad asks: " .. why)
  t.walk_to("ALERT: jumps"); t.press("confirm"); t.advance()
  t.expect(t.label("ALERT: jumps") == "ALERT\njumps\nmean", "the mean goes on the alert")
  for _, pair in ipairs({ { "np.median(ms)", "DASHBOARD: typical" },
                          { "np.percentile(ms, 99)", "SLO: 99% < 300 ms" },
                          { "ms.max()", "DEBUG: worst one" } }) do
    t.walk_to(pair[1]); t.press("confirm")
    t.walk_to(pair[2]); t.press("confirm"); t.advance()
  end
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
