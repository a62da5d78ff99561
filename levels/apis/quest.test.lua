-- The APIs and Microservices quest played as a player plays it. A new
-- player finds the APIs portal sealed until they hold HTTP and JSON, which
-- the Web Development quest teaches (its requests level). Python, which
-- FastAPI builds on, comes later in the Web quest: a player who enters the
-- APIs portal before that is taught it again by Kenji in level 2 (his
-- refresher), and this test takes exactly that path.
--
-- Which start each case takes (the quest standard asks it to say):
--   * From the hub: the Web levels are played until the APIs portal opens,
--     then every APIs level from the portal, back to the hub after each,
--     then reviews at the hub's desk on later days and the save on disk.
--   * From the first APIs level: each level in a game of its own, with what
--     a player brings granted, checking every exercise kind is asked.

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
    else
      t.press("confirm") -- something said on top of it: read it first
    end
    t.wait(10)
    t.advance()
  end
end

local function use(t, target)
  go(t, target); t.press("confirm"); solve_all(t, target)
end

local function carry(t, token, slot)
  go(t, token); t.press("confirm")
  go(t, slot); t.press("confirm")
end

local function pull(t, seconds)
  go(t, "lever"); t.press("confirm")
  t.wait(60 * seconds)
  t.advance()
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

-- The Web quest up to HTTP and JSON, as a player plays it.
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

local function web_to_portal(t)
  for _ = 1, 6 do
    if t.has_skill("http") and t.has_skill("json") then return end
    enter(t, "web")
    local play = web[t.level()]
    t.expect(play, "a known Web level on the way to the APIs portal: " .. tostring(t.level()))
    play(t)
    finish(t, t.level())
  end
end

local CARDS = { { "card 201", "counter 1" }, { "card 204", "counter 2" }, { "card 404", "counter 3" },
                { "card 400", "counter 4" }, { "card 422", "counter 5" }, { "card 401", "counter 6" },
                { "card 403", "counter 7" }, { "card 409", "counter 8" } }

local apis = {
  { id = "apis.front_desk", file = "01_front_desk.lua", play = function(t)
    use(t, "Amara"); go(t, "rest orb"); use(t, "Amara"); use(t, "method board")
    for _, c in ipairs(CARDS) do carry(t, c[1], c[2]) end
    t.wait(60); t.advance()
    go(t, "design orb")
    for _, name in ipairs({ "status wall", "pagination note", "changelog" }) do use(t, name) end
  end },
  { id = "apis.service_rooms", file = "02_service_rooms.lua", play = function(t)
    use(t, "Kenji") -- the Python refresher, for a player who comes without it
    go(t, "pydantic orb"); use(t, "model board")
    go(t, "fastapi orb"); use(t, "Kenji")
    carry(t, "positive int", "quantity field"); carry(t, "literal", "currency field")
    carry(t, "optional note", "note field")
    t.wait(60 * 8); t.advance()
    use(t, "old flask app"); use(t, "handler"); use(t, "route")
  end },
  { id = "apis.gatehouse", file = "03_gatehouse.lua", play = function(t)
    use(t, "Elena"); go(t, "auth orb"); use(t, "Elena")
    use(t, "status sorter"); use(t, "flask app")
    go(t, "jwt orb"); use(t, "decoder"); use(t, "minting script")
    carry(t, "fixed algorithms", "signature check"); carry(t, "check exp", "expiry check")
    carry(t, "check aud", "audience check")
    t.wait(60 * 8); t.advance()
    use(t, "ban request")
  end },
  { id = "apis.payment_corridor", file = "04_payment_corridor.lua", play = function(t)
    use(t, "Luis"); go(t, "consuming orb"); use(t, "Luis"); use(t, "charge script")
    carry(t, "timeout 3, 10", "timeout slot"); carry(t, "backoff", "retries slot")
    carry(t, "one key per payment", "key slot")
    pull(t, 13)
    for _, name in ipairs({ "retry config", "429 playbook", "retry chart" }) do use(t, name) end
  end },
  { id = "apis.design_review", file = "05_design_review.lua", play = function(t)
    use(t, "Yusuf"); go(t, "microservices orb"); use(t, "Yusuf"); use(t, "split list")
    go(t, "queues orb"); use(t, "Amara")
    carry(t, "by capability", "boundaries slot"); carry(t, "queue and worker", "email slot")
    carry(t, "otel", "tracing slot")
    pull(t, 10)
    for _, name in ipairs({ "trace header", "worker", "outbox" }) do use(t, name) end
  end },
}

local SKILLS = { "rest_apis", "api_design", "pydantic", "fastapi", "api_auth", "jwt",
                 "api_consuming", "microservices", "message_queues" }

-- Reviews at the desk until nothing is due.
local function review(t)
  go(t, "review desk")
  for _ = 1, 10 do
    if t.reviews_due() == 0 then break end
    t.press("confirm")
    t.advance()
    while t.exercise() do t.solve(); t.advance() end
    t.advance()
  end
end

test("the APIs portal is sealed for a new player, and says it needs HTTP and JSON", function(t)
  t.new_game()
  t.advance()
  local label = t.label("apis")
  t.expect(label and label:find("APIs and Microservices") and label:find("HTTP"),
    "the portal names its field and what it needs: " .. tostring(label))
  t.walk_to("apis"); t.press("confirm")
  t.expect(t.text() and t.text():find("HTTP"), "Enter at the sealed portal says what opens it")
  t.advance()
  t.expect(t.level() == "hub.campus", "and the player stays in the hub")
end)

test("the APIs and Microservices quest, from the hub to the end, and reviews on later days", function(t)
  t.new_game()
  t.expect(t.level() == "hub.campus", "a new game starts in the hub")
  web_to_portal(t)
  t.expect(t.has_skill("http") and t.has_skill("json"), "the Web quest taught HTTP and JSON: the portal opens")
  local xp_before, day = t.xp(), t.day()
  local ids = t.levels("apis")
  t.expect(#ids == #apis, "the quest has " .. #apis .. " levels, got " .. #ids)
  for i, level in ipairs(apis) do
    t.expect(ids[i] == level.id, "level " .. i .. " is " .. level.id)
    enter(t, "apis")
    t.expect(t.level() == level.id, "the APIs portal leads to " .. level.id .. ", got " .. tostring(t.level()))
    level.play(t)
    finish(t, level.id)
  end
  for _, kind in ipairs({ "choice", "order", "sort", "code", "fill" }) do
    t.expect(kinds[kind], "the quest asked a " .. kind .. " exercise")
  end
  t.expect(t.screen() == "quest complete", "the last level ends on the quest-complete screen")
  for _, skill in ipairs(SKILLS) do t.expect(t.has_skill(skill), "the quest taught " .. skill) end
  t.expect(t.has_skill("python"), "Kenji's refresher taught Python on the way")
  local earned = t.xp() - xp_before
  t.expect(earned >= 800, "the quest is worth at least 800 XP, got " .. earned)
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
  t.expect(mastered >= 7, "right again on a later due day: most of the quest's skills mastered, got " .. mastered)
  saved = t.save()
  t.expect(saved.mastered >= mastered, "the save on disk holds the mastered skills")
  t.expect(t.rank() ~= "Junior Backend Developer", "the player is no longer a junior: " .. t.rank())
end)

test("the quest level after level from its first level", function(t)
  local total = 0
  local brings = { "http", "json" }
  for i, level in ipairs(apis) do
    t.load(level.file)
    t.expect(t.level() == level.id, level.file .. " is " .. level.id)
    for _, s in ipairs(brings) do t.grant(s) end
    t.advance()
    local before = t.xp()
    level.play(t)
    t.advance()
    t.expect(t.goals_met(), level.id .. ": every goal is done")
    go(t, "exit")
    t.expect(t.complete(), level.id .. " ends at its exit")
    total = total + t.xp() - before
    t.expect(t.error() == nil, level.id .. ": no script errors")
    -- What this level taught, the next one's player brings.
    for _, s in ipairs(SKILLS) do
      if t.has_skill(s) then brings[#brings + 1] = s end
    end
    if t.has_skill("python") then brings[#brings + 1] = "python" end
    t.expect(i < 5 or t.has_skill("message_queues"), "the review grants Message queues")
  end
  for _, kind in ipairs({ "choice", "order", "sort", "code", "fill" }) do
    t.expect(kinds[kind], "the quest asked a " .. kind .. " exercise")
  end
  t.expect(total >= 800, "the five levels are worth at least 800 XP, got " .. total)
end)
