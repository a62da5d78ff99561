-- Level tests for 05_design_review.lua: run with `skillquest --test levels/automation/`.

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
  t.load("05_design_review.lua")
  for _, s in ipairs({ "python", "os_module", "sys_module", "shutil_module", "subprocess", "sysadmin_scripts" }) do
    t.grant(s)
  end
  t.advance()
end

local function pipeline(t, cards)
  for i, card in ipairs(cards) do carry(t, card, "slot " .. i) end
  return pull(t)
end

test("the brief says who the player is now", function(t)
  t.load("05_design_review.lua")
  t.expect(t.error() == nil, "no level error")
  t.expect(t.text():find("engineer now"), "the brief: you are the engineer now")
end)

test("a deploy before the tests ships a failing commit", function(t)
  start(t)
  local said = pipeline(t, { "card deploy", "card pytest", "card smoke test", "card notify" })
  t.expect(said:find("failed its tests"), "v3 reached production: " .. said)
end)

test("a password in the workflow file is never green", function(t)
  start(t)
  local said = pipeline(t, { "card pytest", "card deploy with password", "card smoke test", "card notify" })
  t.expect(said:find("repository"), "the secret is in git: " .. said)
end)

test("a hand fix leaves drift, and a page first tells nobody", function(t)
  start(t)
  local said = pipeline(t, { "card notify", "card pytest", "card deploy", "card hand fix" })
  t.expect(said:find("by hand"), "fixed by hand: " .. said)
end)

test("the whole level can be played to the exit", function(t)
  start(t)
  t.walk_to("Amara"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "auto_idem_2", "Amara asks her scenario")
  t.expect(not t.solve(false), "a wrong choice, on purpose")
  t.walk_to("idempotence orb"); t.advance()
  use(t, "idempotence board")
  t.expect(t.has_skill("idempotent_scripts"), "idempotent automation held")
  t.walk_to("iac orb"); t.advance()
  use(t, "workflow file")
  t.expect(t.has_skill("infra_as_code"), "infrastructure as code held")
  use(t, "playbook")
  use(t, "runbook")
  use(t, "Amara")
  use(t, "Yusuf")
  use(t, "Luis")
  local xp = t.xp()
  local said = pipeline(t, { "card pytest", "card deploy", "card smoke test", "card notify" })
  t.expect(said:find("Green"), "green: " .. said)
  t.expect(t.xp() > xp, "a green pipeline is worth XP")
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.has_skill("idempotent_scripts") and t.has_skill("infra_as_code"), "both engineer skills held")
  t.expect(t.error() == nil, "no script errors")
end)
