-- The Cybersecurity quest played as a player plays it. A new player finds
-- the Cybersecurity portal sealed until they hold HTTP, which the Web
-- Development quest teaches; the test plays the Web levels up to HTTP as a
-- player does, then every Cybersecurity level from the portal, back to the
-- hub after each, reviews on later days, and checks the save on disk.

local function enter(t, portal)
  t.advance()
  t.walk_to(portal); t.press("confirm"); t.wait(2)
  t.advance()
end

local function go(t, target)
  t.advance()
  for _ = 1, 3 do
    if t.screen() ~= "quest complete" then break end
    t.press("confirm")
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
      -- a long feedback may need one more key to close
      if t.exercise() and t.exercise().id == ex.id then t.press("cancel") end
    else
      t.press("confirm")
    end
    t.wait(10)
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

-- The Web quest up to HTTP, as a player plays it (levels/web/quest.test.lua).
local web = {
  ["office.first_day"] = function(t)
    use(t, "Ada")
    go(t, "http"); use(t, "terminal"); go(t, "html"); use(t, "html terminal")
    go(t, "unit_tests"); use(t, "tests terminal")
  end,
  ["office.server_room"] = function(t)
    use(t, "Ada"); go(t, "http orb"); use(t, "http terminal")
  end,
  ["web.front_end"] = function(t)
    use(t, "Mira"); go(t, "html orb"); use(t, "docs shelf")
    use(t, "Sam"); go(t, "css orb"); use(t, "css terminal")
    use(t, "Jo"); go(t, "javascript orb"); use(t, "javascript terminal")
  end,
  ["web.requests"] = function(t)
    use(t, "Ken"); go(t, "http orb"); use(t, "request terminal")
    use(t, "Lee"); go(t, "json orb"); use(t, "json terminal")
    use(t, "Priya"); go(t, "rest orb"); use(t, "rest terminal")
  end,
}

local function web_to_http(t)
  for _ = 1, 4 do
    if t.has_skill("http") then return end
    enter(t, "web")
    local play = web[t.level()]
    t.expect(play, "a known Web level on the way to HTTP: " .. tostring(t.level()))
    play(t)
    finish(t, t.level())
  end
end

local function probe(t, door) go(t, door); t.press("confirm"); solve_all(t, door) end

local cyber = {
  { id = "cybersecurity.rules_of_engagement", play = function(t)
    use(t, "Elena"); go(t, "scope orb"); use(t, "engagement checklist")
    use(t, "Yusuf"); go(t, "nmap orb"); use(t, "scan notes")
    probe(t, "door 443 vendor")
    for _, d in ipairs({ "door 22", "door 80", "door 3306", "door 6379" }) do probe(t, d) end
    use(t, "Kenji"); go(t, "scapy orb"); use(t, "packet bench")
    probe(t, "door 22 gateway"); probe(t, "door 5432")
  end },
  { id = "cybersecurity.staging_app", play = function(t)
    use(t, "Priya"); go(t, "owasp orb"); use(t, "owasp poster")
    use(t, "Luis"); go(t, "sqli orb"); use(t, "search.py")
    probe(t, "door production"); probe(t, "door health"); probe(t, "door search")
    use(t, "Ines"); go(t, "xss orb"); use(t, "review widget")
    probe(t, "door cdn"); probe(t, "door app.js"); probe(t, "door reviews")
  end },
  { id = "cybersecurity.back_office", play = function(t)
    use(t, "Rafael"); go(t, "access orb"); use(t, "access notes")
    probe(t, "door invoice 1042"); probe(t, "door invoice 1043")
    use(t, "Elena"); go(t, "csrf orb"); use(t, "email form"); probe(t, "door admin")
    use(t, "Luis"); go(t, "audit orb"); use(t, "audit terminal")
    probe(t, "door mail provider"); probe(t, "door email")
    probe(t, "door requirements"); use(t, "settings.py")
  end },
  { id = "cybersecurity.retest", play = function(t)
    use(t, "Kenji"); go(t, "python-nmap orb"); use(t, "nightly_scan.py")
    use(t, "Luis")
    for _, d in ipairs({ "door 6379", "door search", "door invoice 1043", "door email",
                         "door new subnet" }) do probe(t, d) end
    use(t, "scan diff"); probe(t, "door 8080")
  end },
  { id = "cybersecurity.design_review", play = function(t)
    use(t, "Tobi"); go(t, "threat model orb"); use(t, "stride board"); use(t, "whiteboard")
    use(t, "Elena"); probe(t, "door admin"); probe(t, "door vendor"); probe(t, "door login")
    use(t, "Mei"); go(t, "secrets orb"); use(t, "vault")
    probe(t, "door laptop"); probe(t, "door repo")
  end },
}

local SKILLS = { "pentest_scope", "nmap", "scapy", "owasp_top10", "sql_injection", "xss",
                 "access_control", "csrf", "dependency_audit", "python_nmap", "threat_modeling",
                 "secrets_management" }

test("the Cybersecurity portal is sealed for a new player, and says it needs HTTP", function(t)
  t.new_game()
  t.advance()
  local label = t.label("cybersecurity")
  t.expect(label and label:find("Cybersecurity") and label:find("HTTP"),
    "the portal names its field and what it needs: " .. tostring(label))
  t.walk_to("cybersecurity"); t.press("confirm")
  t.expect(t.text() and t.text():find("HTTP"), "Enter at the sealed portal says what opens it")
  t.advance()
  t.expect(t.level() == "hub.campus", "and the player stays in the hub")
end)

local function review(t)
  go(t, "review desk")
  for _ = 1, 8 do
    if t.reviews_due() == 0 then break end
    t.press("confirm")
    t.advance()
    while t.exercise() do
      local id = t.exercise().id
      t.solve()
      if t.exercise() and t.exercise().id == id then t.press("cancel") end
      t.advance()
    end
    t.advance()
  end
end

test("the Cybersecurity quest, from the hub to the end, and reviews on later days", function(t)
  t.new_game()
  t.expect(t.level() == "hub.campus", "a new game starts in the hub")
  web_to_http(t)
  t.expect(t.has_skill("http"), "the Web quest taught HTTP: the portal opens")
  local xp_before, day = t.xp(), t.day()
  local ids = t.levels("cybersecurity")
  t.expect(#ids == #cyber, "the quest has " .. #cyber .. " levels, got " .. #ids)
  for i, level in ipairs(cyber) do
    t.expect(ids[i] == level.id, "level " .. i .. " is " .. level.id)
    enter(t, "cybersecurity")
    t.expect(t.level() == level.id, "the portal leads to " .. level.id .. ", got " .. tostring(t.level()))
    level.play(t)
    finish(t, level.id)
  end
  for _, kind in ipairs({ "choice", "order", "sort", "code", "fill" }) do
    t.expect(kinds[kind], "the quest asked a " .. kind .. " exercise")
  end
  t.expect(t.screen() == "quest complete", "the last level ends on the quest-complete screen")
  for _, skill in ipairs(SKILLS) do t.expect(t.has_skill(skill), "the quest taught " .. skill) end
  t.expect(t.xp() - xp_before >= 800, "the quest is worth at least 800 XP, got " .. (t.xp() - xp_before))
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
