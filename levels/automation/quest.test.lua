-- The Automation and Scripting quest played as a player plays it. A new
-- player finds the Automation portal sealed until they hold Python, which
-- the Web Development quest teaches: the test plays the Web levels up to
-- Python as a player does, then every Automation level from the portal,
-- back to the hub after each, reviews on later days and checks the save on
-- disk. A second case plays the levels one after another from the first,
-- with what a player brings granted (t.grant), for a branch whose Web quest
-- does not play through.

local function enter(t, portal)
  t.advance()
  t.walk_to(portal); t.press("confirm"); t.wait(2)
  t.advance()
end

-- Walks to a target, closing whatever is said first; if a bug keeps sending
-- the player back on the same beat, waits a little and tries again.
local function go(t, target)
  t.advance()
  for _ = 1, 3 do
    if t.screen() ~= "quest complete" then break end
    t.press("confirm") -- the quest-complete screen, back to the hub
  end
  for attempt = 1, 4 do
    if pcall(t.walk_to, target) then return end
    t.advance()
    t.wait(53 * attempt)
  end
  t.walk_to(target)
end

local kinds = {}
local function solve_all(t, what)
  t.advance()
  for _ = 1, 12 do
    local ex = t.exercise()
    if not ex then break end
    local ok, right = pcall(t.solve)
    if ok then
      t.expect(right, what .. ": " .. ex.id)
      kinds[ex.kind] = true
    else
      t.press("confirm") -- something said on top of it: read it first
    end
    t.wait(10) -- a refresher asks its next skill a moment later
    t.advance()
  end
end

local function use(t, target)
  go(t, target); t.press("confirm"); solve_all(t, target)
end

local function finish(t, id)
  t.advance()
  t.expect(t.goals_met(), id .. ": every goal is done")
  go(t, "exit")
  t.expect(t.complete(), id .. " ends at its exit")
  t.press("confirm") -- the summary: back to the hub
  t.wait(2)
  t.advance()
  t.expect(t.level() == "hub.campus", "after " .. id .. " the player is back in the hub")
end

-- The Web quest up to Python, as a player plays it.
local web = {
  ["office.first_day"] = function(t, new)
    if new then
      use(t, "Ada")
      go(t, "http"); use(t, "terminal"); go(t, "html"); use(t, "html terminal")
      go(t, "unit_tests"); use(t, "tests terminal")
    else
      use(t, "Ada")
      for _, skill in ipairs({ "http", "html", "css", "javascript" }) do go(t, skill) end
      use(t, "terminal")
    end
  end,
  ["office.server_room"] = function(t)
    use(t, "Ada"); go(t, "http orb"); use(t, "http terminal")
  end,
  ["web.front_end"] = function(t, new)
    use(t, "Mira"); go(t, "html orb")
    if new then use(t, "docs shelf") end
    use(t, "Sam"); go(t, "css orb"); use(t, "css terminal")
    use(t, "Jo"); go(t, "javascript orb"); use(t, "javascript terminal")
  end,
  ["web.requests"] = function(t, new)
    use(t, "Ken"); go(t, "http orb")
    if new then use(t, "request terminal") end
    use(t, "Lee"); go(t, "json orb"); use(t, "json terminal")
    use(t, "Priya"); go(t, "rest orb"); use(t, new and "rest terminal" or "status terminal")
  end,
  ["web.frameworks"] = function(t, new)
    if new then
      use(t, "Rosa"); go(t, "python orb"); go(t, "flask orb"); go(t, "templates orb")
      use(t, "templates terminal"); use(t, "flask terminal")
      use(t, "Tom"); use(t, "django terminal"); go(t, "django orb"); go(t, "sql orb")
      use(t, "sql terminal"); go(t, "orm orb"); use(t, "orm note")
    else
      use(t, "Rosa"); go(t, "flask orb"); go(t, "templates orb"); use(t, "flask terminal")
      use(t, "Tom"); use(t, "django terminal"); go(t, "django orb"); go(t, "orm orb")
    end
  end,
}

local function web_to_python(t)
  local new = false
  for _, id in ipairs(t.levels("web")) do new = new or id == "web.design_review" end
  for _ = 1, 8 do
    if t.has_skill("python") then return end
    enter(t, "web")
    local play = web[t.level()]
    t.expect(play, "a known Web level on the way to Python: " .. tostring(t.level()))
    play(t, new)
    finish(t, t.level())
  end
end


-- Presses {confirm} at a target until done() says it worked, turning to face
-- the target when the path ended beside it at an angle.
local function act(t, target, done)
  go(t, target)
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

-- Carries a card to a slot of TIDY's rack.
local function card(t, token, slot)
  local x0, y0 = t.where(token)
  act(t, token, function()
    local x, y = t.where(token)
    return x ~= x0 or y ~= y0
  end)
  go(t, slot); t.press("confirm")
end

local function take_back(t, token, slot)
  act(t, slot, function() return not near(t, token, slot) end)
  go(t, "open floor"); t.press("confirm")
end

-- Pulls a lever, lets TIDY run, and reads what TIDY says.
local function pull(t, lever)
  go(t, lever); t.press("confirm")
  t.wait(60 * 9)
  local said = {}
  for _ = 1, 10 do
    if not t.dialogue_open() then break end
    said[#said + 1] = t.text()
    t.press("confirm")
  end
  return table.concat(said, " | ")
end

-- The Automation levels, from the portal.
local automation = {
  { id = "automation.tidy_room", play = function(t)
    use(t, "Priya")
    go(t, "os orb"); use(t, "env terminal")
    go(t, "pathlib orb"); use(t, "pathlib terminal")
    go(t, "shutil orb"); use(t, "shutil terminal")
    card(t, "card mkdir", "slot 1"); card(t, "card move logs", "slot 2"); card(t, "card rmtree if exists", "slot 3")
    pull(t, "dry-run lever")
    t.expect(pull(t, "run lever"):find("FileExistsError"), "level 1: mkdir() crashes the retry")
    take_back(t, "card mkdir", "slot 1")
    card(t, "card mkdir exist_ok", "slot 1")
    t.expect(pull(t, "run lever"):find("Green"), "level 1: the tidy job is green")
  end },
  { id = "automation.command_line", play = function(t)
    use(t, "Kenji")
    go(t, "sys orb"); use(t, "exit-code terminal")
    go(t, "argparse orb"); use(t, "cli terminal")
    go(t, "subprocess orb"); use(t, "tar terminal"); use(t, "Mei")
    card(t, "card parse args", "slot 1"); card(t, "card run check", "slot 2"); card(t, "card replace", "slot 3")
    t.expect(pull(t, "run lever"):find("Green"), "level 2: the backup keeps night 1's dump")
  end },
  { id = "automation.night_shift", play = function(t)
    use(t, "Tomasz")
    go(t, "cron orb"); use(t, "crontab terminal"); use(t, "timer terminal")
    go(t, "logging orb"); use(t, "log terminal")
    go(t, "sysadmin orb"); use(t, "provision terminal"); use(t, "Ines")
    card(t, "card daily", "schedule slot"); card(t, "card id or useradd", "slot 1")
    card(t, "card mkdir -p", "slot 2"); card(t, "card grep or append", "slot 3")
    t.expect(pull(t, "run lever"):find("Green"), "level 3: the nightly job is green")
  end },
  { id = "automation.playbook", play = function(t)
    use(t, "Sione")
    go(t, "ansible orb"); use(t, "playbook terminal"); use(t, "change plan")
    go(t, "actions orb"); use(t, "workflow terminal"); use(t, "Elena")
    card(t, "card user module", "slot 1"); card(t, "card lineinfile", "slot 2")
    card(t, "card template notify", "slot 3")
    t.expect(pull(t, "run lever"):find("Green"), "level 4: the playbook's second run changes nothing")
  end },
  { id = "automation.design_review", play = function(t)
    use(t, "Amara"); use(t, "Amara")
    go(t, "idempotence orb"); use(t, "idempotence board")
    go(t, "iac orb"); use(t, "workflow file"); use(t, "playbook"); use(t, "runbook")
    use(t, "Yusuf"); use(t, "Luis")
    card(t, "card pytest", "slot 1"); card(t, "card deploy", "slot 2")
    card(t, "card smoke test", "slot 3"); card(t, "card notify", "slot 4")
    t.expect(pull(t, "run lever"):find("Green"), "level 5: the pipeline is green")
  end },
}

local SKILLS = { "os_module", "pathlib", "shutil_module", "sys_module", "argparse", "subprocess",
                 "cron_jobs", "python_logging", "sysadmin_scripts", "ansible", "github_actions",
                 "idempotent_scripts", "infra_as_code" }

test("the Automation portal is sealed for a new player, and says it needs Python", function(t)
  t.new_game()
  t.advance()
  local label = t.label("automation")
  t.expect(label and label:find("Automation") and label:find("Python"),
    "the portal names its field and what it needs: " .. tostring(label))
  t.walk_to("automation"); t.press("confirm")
  t.expect(t.text() and t.text():find("Python"), "Enter at the sealed portal says what opens it")
  t.advance()
  t.expect(t.level() == "hub.campus", "and the player stays in the hub")
end)

-- Reviews at the desk until nothing is due.
local function review(t)
  go(t, "review desk")
  for _ = 1, 16 do
    if t.reviews_due() == 0 then break end
    t.press("confirm")
    t.advance()
    while t.exercise() do t.solve(); t.advance() end
    t.advance()
  end
end

test("the Automation quest, from the hub to the end, and reviews on later days", function(t)
  t.new_game()
  t.expect(t.level() == "hub.campus", "a new game starts in the hub")
  web_to_python(t)
  t.expect(t.has_skill("python"), "the Web quest taught Python: the Automation portal opens")
  local xp_before, day = t.xp(), t.day()
  local ids = t.levels("automation")
  t.expect(#ids == #automation, "the quest has " .. #automation .. " levels, got " .. #ids)
  for i, level in ipairs(automation) do
    t.expect(ids[i] == level.id, "level " .. i .. " is " .. level.id)
    enter(t, "automation")
    t.expect(t.level() == level.id, "the portal leads to " .. level.id .. ", got " .. tostring(t.level()))
    level.play(t)
    finish(t, level.id)
  end
  for _, kind in ipairs({ "choice", "order", "sort", "code", "fill" }) do
    t.expect(kinds[kind], "the quest asked a " .. kind .. " exercise")
  end
  t.expect(t.screen() == "quest complete", "the last level ends on the quest-complete screen")
  for _, skill in ipairs(SKILLS) do t.expect(t.has_skill(skill), "the quest taught " .. skill) end
  t.expect(t.xp() - xp_before >= 700, "the quest is worth at least 700 XP, got " .. (t.xp() - xp_before))
  local saved = t.save()
  t.expect(saved.xp == t.xp(), "the save on disk holds the XP")
  t.expect(saved.skills >= #SKILLS, "the save on disk holds the skills")

  -- The next day the quest's skills are due at the hub's review desk.
  t.day(day + 1)
  t.advance()
  local due = t.reviews_due()
  t.expect(due >= #SKILLS, "the quest's skills are due the next day, got " .. due)
  review(t)
  t.expect(t.reviews_due() == 0, "all reviewed, got " .. t.reviews_due())
  t.day(day + 4)
  t.expect(t.reviews_due() >= #SKILLS, "reviewed right, they come back after longer gaps")
  review(t)
  local mastered = 0
  for _, skill in ipairs(SKILLS) do if t.mastered(skill) then mastered = mastered + 1 end end
  t.expect(mastered >= 10, "right again on a later due day: most of the quest's skills mastered, got " .. mastered)
  saved = t.save()
  t.expect(saved.mastered >= mastered, "the save on disk holds the mastered skills")
  t.expect(saved.rank >= 1, "the save holds the rank: " .. t.rank())
end)

local FILES = { "01_tidy_room.lua", "02_command_line.lua", "03_night_shift.lua", "04_playbook.lua",
                "05_design_review.lua" }

test("the quest level after level from its first level, with what a player brings", function(t)
  local total = 0
  for i, level in ipairs(automation) do
    t.load(FILES[i])
    for _, s in ipairs({ "python", "os_module", "sys_module", "shutil_module", "subprocess", "sysadmin_scripts" }) do
      if i > 2 or s == "python" then t.grant(s) end
    end
    t.expect(t.level() == level.id, FILES[i] .. " is " .. level.id)
    t.advance()
    level.play(t)
    t.advance()
    t.expect(t.goals_met(), level.id .. ": every goal is done")
    go(t, "exit")
    t.expect(t.complete(), level.id .. " ends at its exit")
    total = total + t.xp()
    t.expect(t.error() == nil, level.id .. ": no script errors")
  end
  t.expect(total >= 700, "the five levels are worth at least 700 XP, got " .. total)
end)
