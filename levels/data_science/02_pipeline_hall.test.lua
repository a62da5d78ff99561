-- Level tests for 02_pipeline_hall.lua: the belt, the pads and the ledger.

-- A newcomer answers the warm-ups of what the quest taught before.
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

local function hold_pandas(t)
  t.walk_to("Tomasz"); t.press("confirm"); t.advance()
  warm_up(t)
  t.expect(t.has_skill("numpy"), "the warm-ups leave NumPy held")
  t.walk_to("pandas orb"); t.advance()
  t.expect(t.learning("pandas"), "the orb teaches pandas: learning, not held yet")
  t.walk_to("read terminal"); t.press("confirm")
  t.expect(t.exercise().id == "ds_pandas_1", "the read terminal asks the chained-assignment bug")
  t.expect(not t.solve(false), "a wrong line on purpose")
  t.expect(t.learning("pandas") and not t.has_skill("pandas"), "a miss does not make pandas held")
  t.press("confirm")
  t.expect(t.quiz_open(), "the terminal asks again")
  t.expect(t.solve(), "answered right")
  t.expect(t.has_skill("pandas"), "now pandas is held")
end

local function place(t, token, pad)
  t.walk_to(token); t.press("confirm")
  t.walk_to(pad); t.press("confirm")
end

local function line(t, pad)
  return t.label(pad)
end

test("the belt tells the truth only after a clean pipeline", function(t)
  t.load("02_pipeline_hall.lua")
  t.advance()
  hold_pandas(t)
  t.walk_to("cleaning orb"); t.advance()
  t.walk_to("clean terminal"); t.press("confirm"); t.expect(t.solve(), "errors=coerce")
  t.expect(t.has_skill("data_cleaning"), "data cleaning held")
  place(t, "merge(how=\"inner\")", "CLEAN 1")
  t.expect(line(t, "CLEAN 1") == "CLEAN 1\nempty", "a JOIN token is refused at CLEAN")
  t.walk_to("JOIN"); t.press("confirm")
  t.expect(line(t, "JOIN") == "JOIN\ninner join", "and taken at JOIN")
  place(t, "drop_duplicates()", "CLEAN 1")
  place(t, "to_numeric(coerce)", "CLEAN 2")
  place(t, "dropna(amount)", "CLEAN 3")
  place(t, "sum, dropna=False", "GROUP")
  t.expect(not t.goals_met(), "an inner join loses order 107: no match yet")
  -- Swap the join: take the inner token back, bring the left one.
  t.walk_to("JOIN"); t.press("confirm")
  t.expect(line(t, "JOIN") == "JOIN\nempty", "taken back")
  t.hold("down", 20); t.press("confirm")
  place(t, "merge(how=\"left\")", "JOIN")
  t.walk_to("Kwame"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "ds_data_cleaning_2", "Kwame asks once it matches")
  t.expect(t.solve(), "drop and report the count")
  t.walk_to("Tomasz"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "ds_pandas_4", "Tomasz asks for the write-up")
  t.expect(t.solve(), "the steps in order")
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)

test("a groupby with its default dropna loses customer 9's order", function(t)
  t.load("02_pipeline_hall.lua")
  t.advance()
  hold_pandas(t)
  place(t, "drop_duplicates()", "CLEAN 1")
  place(t, "to_numeric(coerce)", "CLEAN 2")
  place(t, "dropna(amount)", "CLEAN 3")
  place(t, "merge(how=\"left\")", "JOIN")
  place(t, "sum (dropna default)", "GROUP")
  t.expect(not t.goals_met(), "153.00 is not the ledger")
  t.walk_to("Kwame"); t.press("confirm"); t.advance()
  t.expect(not t.quiz_open(), "Kwame has no question while the report is off")

  t.expect(t.error() == nil, "no script errors")
end)

test("a step that cannot work is refused, and the token stays in hand", function(t)
  t.load("02_pipeline_hall.lua")
  t.advance()
  place(t, "astype(int)", "CLEAN 1")
  t.expect(line(t, "CLEAN 1") == "CLEAN 1\nempty", "astype(int) is refused")
  place(t, "fillna(0)", "CLEAN 1")
  t.expect(line(t, "CLEAN 1") == "CLEAN 1\nempty", "nothing else can be picked up while carrying")
  t.expect(t.error() == nil, "no script errors")
end)
