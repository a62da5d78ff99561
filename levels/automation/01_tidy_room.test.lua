-- Level tests for 01_tidy_room.lua: run with `skillquest --test levels/automation/`.

local function solve_all(t)
  t.advance()
  while t.exercise() do
    local id = t.exercise().id
    t.expect(t.solve(), "answered right: " .. id)
    t.advance()
  end
end

local function use(t, name)
  t.walk_to(name); t.press("confirm"); solve_all(t)
end

-- Presses {confirm} at a target until done() says it worked, turning to face
-- the target when the path ended beside it at an angle.
local function act(t, target, done)
  t.walk_to(target)
  t.press("confirm"); t.wait(2)
  for _, dir in ipairs({ "up", "left", "right", "down" }) do
    if done() then return end
    t.press(dir); t.press("confirm"); t.wait(2)
  end
end

local function near(t, a, b)
  local ax, ay = t.where(a)
  local bx, by = t.where(b)
  return ax and bx and math.abs(ax - bx) < 0.5 and math.abs(ay - by) < 0.5
end

-- Carries a card to a slot.
local function carry(t, token, slot)
  local x0, y0 = t.where(token)
  act(t, token, function()
    local x, y = t.where(token)
    return x ~= x0 or y ~= y0
  end)
  t.walk_to(slot); t.press("confirm")
end

-- Takes a card back off a slot and puts it down on open floor.
local function take_back(t, token, slot)
  act(t, slot, function() return not near(t, token, slot) end)
  t.walk_to("open floor"); t.press("confirm")
end

-- Pulls a lever and lets TIDY run; returns everything TIDY said.
local function pull(t, lever)
  t.walk_to(lever); t.press("confirm")
  t.wait(60 * 6)
  local said = {}
  for _ = 1, 10 do
    if not t.dialogue_open() then break end
    said[#said + 1] = t.text()
    t.press("confirm")
  end
  return table.concat(said, " | ")
end

test("an empty rack is refused, and a card that is not idempotent crashes the retry", function(t)
  t.load("01_tidy_room.lua")
  t.grant("python")
  t.expect(t.error() == nil, "no level error")
  t.advance()
  t.expect(pull(t, "run lever"):find("empty"), "an empty rack: TIDY says so")
  carry(t, "card mkdir", "slot 1")
  carry(t, "card move logs", "slot 2")
  carry(t, "card rmtree", "slot 3")
  local dry = pull(t, "dry-run lever")
  t.expect(dry:find("DRY RUN 1") and dry:find("Nothing was changed"), "the dry run lists and changes nothing: " .. dry)
  local said = pull(t, "run lever")
  t.expect(said:find("FileExistsError"), "the second run: mkdir raises: " .. said)
  t.expect(said:find("Not yet"), "not green")
  t.expect(not t.goals_met(), "goals not met")
  t.expect(t.error() == nil, "no script errors")
end)

test("the whole level can be played to the exit", function(t)
  t.load("01_tidy_room.lua")
  t.grant("python")
  t.advance()
  t.walk_to("Priya"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "auto_shutil_3", "Priya asks her dry-run scenario")
  t.expect(not t.solve(false), "run it for real, on purpose")
  t.walk_to("os orb"); t.advance()
  t.expect(t.learning("os_module"), "the os orb teaches os")
  use(t, "env terminal")
  t.expect(t.has_skill("os_module"), "os held")
  t.walk_to("pathlib orb"); t.advance()
  use(t, "pathlib terminal")
  t.expect(t.has_skill("pathlib"), "pathlib held")
  t.walk_to("shutil orb"); t.advance()
  use(t, "shutil terminal")
  t.expect(t.has_skill("shutil_module"), "shutil held after a miss and two right answers")
  use(t, "Priya")
  -- A program that crashes, then the fix.
  carry(t, "card mkdir", "slot 1")
  carry(t, "card move logs", "slot 2")
  carry(t, "card rmtree if exists", "slot 3")
  pull(t, "dry-run lever")
  t.expect(pull(t, "run lever"):find("FileExistsError"), "mkdir without exist_ok crashes run 2")
  take_back(t, "card mkdir", "slot 1")
  carry(t, "card mkdir exist_ok", "slot 1")
  local xp = t.xp()
  local said = pull(t, "run lever")
  t.expect(said:find("Green"), "green with exist_ok: " .. said .. tostring(t.toast()))
  t.expect(t.xp() > xp, "a green job is worth XP")
  t.walk_to("TIDY"); t.press("confirm")
  t.expect(t.text() and t.text():find("Green"), "TIDY repeats its last verdict: " .. tostring(t.text()))
  t.advance()
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  for _, s in ipairs({ "os_module", "pathlib", "shutil_module" }) do
    t.expect(t.has_skill(s), "holds " .. s)
  end
  t.expect(t.error() == nil, "no script errors")
end)

test("deleting the logs is not archiving them", function(t)
  t.load("01_tidy_room.lua")
  t.grant("python")
  t.advance()
  carry(t, "card mkdir exist_ok", "slot 1")
  carry(t, "card rmtree logs", "slot 2")
  carry(t, "card rmtree if exists", "slot 3")
  t.expect(pull(t, "run lever"):find("deleted, not archived"), "the logs are gone: not green")
end)
