-- Level tests for 02_command_line.lua: run with `skillquest --test levels/automation/`.

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

-- Carries a card to a slot.
local function carry(t, token, slot)
  local x0, y0 = t.where(token)
  act(t, token, function()
    local x, y = t.where(token)
    return x ~= x0 or y ~= y0
  end)
  t.walk_to(slot); t.press("confirm")
end


local function pull(t)
  t.walk_to("run lever"); t.press("confirm")
  t.wait(60 * 6)
  local said = {}
  for _ = 1, 10 do
    if not t.dialogue_open() then break end
    said[#said + 1] = t.text()
    t.press("confirm")
  end
  return table.concat(said, " | ")
end

test("without a check, night 2 replaces the good backup and exits 0", function(t)
  t.load("02_command_line.lua")
  t.grant("python")
  t.advance()
  carry(t, "card parse args", "slot 1")
  carry(t, "card run shell", "slot 2")
  carry(t, "card replace", "slot 3")
  local said = pull(t)
  t.expect(said:find("nobody checked") and said:find("truncated"), "the silent failure: " .. said)
  t.expect(not t.goals_met(), "not green")
end)

test("arguments must be parsed before they are used", function(t)
  t.load("02_command_line.lua")
  t.grant("python")
  t.advance()
  carry(t, "card run check", "slot 1")
  carry(t, "card parse args", "slot 2")
  carry(t, "card replace", "slot 3")
  t.expect(pull(t):find("NameError"), "args used before parse_args")
end)

test("the whole level can be played to the exit", function(t)
  t.load("02_command_line.lua")
  t.grant("python")
  t.advance()
  t.walk_to("Kenji"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "auto_sys_1", "Kenji asks his exit-code scenario")
  t.expect(not t.solve(false), "exit 0 after logging, on purpose")
  t.walk_to("sys orb"); t.advance()
  use(t, "exit-code terminal")
  t.expect(t.has_skill("sys_module"), "sys held")
  t.walk_to("argparse orb"); t.advance()
  use(t, "cli terminal")
  t.expect(t.has_skill("argparse"), "argparse held")
  t.walk_to("subprocess orb"); t.advance()
  use(t, "tar terminal")
  t.expect(t.has_skill("subprocess"), "subprocess held")
  use(t, "Mei")
  use(t, "Kenji")
  carry(t, "card parse args", "slot 1")
  carry(t, "card run check", "slot 2")
  carry(t, "card replace", "slot 3")
  local said = pull(t)
  t.expect(said:find("CalledProcessError") and said:find("Green"), "night 2 stops loudly: " .. said)
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  for _, s in ipairs({ "sys_module", "argparse", "subprocess" }) do
    t.expect(t.has_skill(s), "holds " .. s)
  end
  t.expect(t.error() == nil, "no script errors")
end)
