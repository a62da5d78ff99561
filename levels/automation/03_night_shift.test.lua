-- Level tests for 03_night_shift.lua: run with `skillquest --test levels/automation/`.

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

local function pull(t)
  t.walk_to("run lever"); t.press("confirm")
  t.wait(60 * 9)
  local said = {}
  for _ = 1, 10 do
    if not t.dialogue_open() then break end
    said[#said + 1] = t.text()
    t.press("confirm")
  end
  return table.concat(said, " | ")
end

local function start(t)
  t.load("03_night_shift.lua")
  for _, s in ipairs({ "python", "os_module", "sys_module", "shutil_module", "subprocess" }) do t.grant(s) end
  t.advance()
end

test("a step card is refused by the schedule slot", function(t)
  start(t)
  carry(t, "card useradd", "schedule slot")
  t.expect(t.toast() and t.toast():find("schedule"), "the schedule slot says what it takes: " .. tostring(t.toast()))
end)

test("every minute, and a line appended every run", function(t)
  start(t)
  carry(t, "card every minute", "schedule slot")
  carry(t, "card id or useradd", "slot 1")
  carry(t, "card mkdir -p", "slot 2")
  carry(t, "card echo append", "slot 3")
  local said = pull(t)
  t.expect(said:find("3 times") and said:find("piles up"), "the line piles up: " .. said)
end)

test("useradd without a check stops the second night", function(t)
  start(t)
  carry(t, "card daily", "schedule slot")
  carry(t, "card useradd", "slot 1")
  carry(t, "card mkdir -p", "slot 2")
  carry(t, "card grep or append", "slot 3")
  t.expect(pull(t):find("exit 9"), "useradd fails when deploy exists")
end)

test("the whole level can be played to the exit", function(t)
  start(t)
  t.walk_to("Tomasz"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "auto_cron_4", "Tomasz asks his scenario")
  t.expect(not t.solve(false), "plain cron, on purpose")
  t.walk_to("cron orb"); t.advance()
  use(t, "crontab terminal")
  t.expect(t.has_skill("cron_jobs"), "cron held")
  use(t, "timer terminal")
  t.walk_to("logging orb"); t.advance()
  use(t, "log terminal")
  t.expect(t.has_skill("python_logging"), "logging held")
  t.walk_to("sysadmin orb"); t.advance()
  use(t, "provision terminal")
  t.expect(t.has_skill("sysadmin_scripts"), "sysadmin scripting held")
  use(t, "Ines")
  use(t, "Tomasz")
  carry(t, "card mondays", "schedule slot")
  carry(t, "card id or useradd", "slot 1")
  carry(t, "card mkdir -p", "slot 2")
  carry(t, "card grep or append", "slot 3")
  t.expect(pull(t):find("Mondays only"), "Mondays only is not nightly")
  take_back(t, "card mondays", "schedule slot")
  carry(t, "card daily", "schedule slot")
  local said = pull(t)
  t.expect(said:find("Green"), "green: " .. said)
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  for _, s in ipairs({ "cron_jobs", "python_logging", "sysadmin_scripts" }) do
    t.expect(t.has_skill(s), "holds " .. s)
  end
  t.expect(t.error() == nil, "no script errors")
end)
