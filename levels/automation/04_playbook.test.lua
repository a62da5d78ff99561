-- Level tests for 04_playbook.lua: run with `skillquest --test levels/automation/`.

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
  t.load("04_playbook.lua")
  for _, s in ipairs({ "python", "os_module", "sys_module", "shutil_module", "subprocess", "sysadmin_scripts" }) do
    t.grant(s)
  end
  t.advance()
end

local function playbook(t, cards)
  for i, card in ipairs(cards) do carry(t, card, "slot " .. i) end
  return pull(t)
end

test("a command task fails the second run", function(t)
  start(t)
  local said = playbook(t, { "card command useradd", "card lineinfile", "card template notify" })
  t.expect(said:find("rc=9"), "useradd fails when the user exists: " .. said)
  t.expect(not t.goals_met(), "not green")
end)

test("a restart on every run is a change on every run", function(t)
  start(t)
  local said = playbook(t, { "card user module", "card lineinfile", "card restart" })
  t.expect(said:find("for nothing"), "nginx restarted again: " .. said)
end)

test("the whole level can be played to the exit", function(t)
  start(t)
  t.walk_to("Sione"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "auto_ansible_3", "Sione asks his scenario")
  t.expect(not t.solve(false), "a wrong choice, on purpose")
  t.walk_to("ansible orb"); t.advance()
  use(t, "playbook terminal")
  t.expect(t.has_skill("ansible"), "Ansible held")
  use(t, "change plan")
  t.walk_to("actions orb"); t.advance()
  use(t, "workflow terminal")
  t.expect(t.has_skill("github_actions"), "GitHub Actions held")
  use(t, "Elena")
  use(t, "Sione")
  carry(t, "card user module", "slot 1")
  carry(t, "card shell echo", "slot 2")
  carry(t, "card template notify", "slot 3")
  t.expect(pull(t):find("times"), "shell appends the line again")
  take_back(t, "card shell echo", "slot 2")
  carry(t, "card lineinfile", "slot 2")
  local said = pull(t)
  t.expect(said:find("Green") and said:find("changed=0"), "green: " .. said)
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.has_skill("ansible") and t.has_skill("github_actions"), "both held")
  t.expect(t.error() == nil, "no script errors")
end)
