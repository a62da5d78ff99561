-- The Web Scraping quest played as a player plays it. A new player finds
-- the Web Scraping portal sealed until they hold HTTP and HTML, which the
-- Web Development quest teaches; Python, which Requests and Scrapy build
-- on, may still be missing then: the quest's mentors ask a warm-up for each
-- skill a level builds on that the player does not hold (lib/crawl.lua).
--
-- Which start this test takes (the quest standard asks it to say):
--   * From the hub: the Web quest's levels are played as a player plays
--     them until the portal opens (HTTP and HTML held, after its second
--     level; Python not yet, so Ines's warm-up teaches it), then every Web
--     Scraping level from the portal, back to the hub after each; reviews
--     on later days, mastery, and the save on disk.
--   * Level after level from its first level, each in a game of its own
--     (the warm-ups teach what the level builds on), then reviews and the
--     save.

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
  for _ = 1, 20 do
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

local function carry(t, token, slot)
  go(t, token); t.press("confirm")
  go(t, slot); t.press("confirm")
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

local function web_to_portal(t)
  local new = false
  for _, id in ipairs(t.levels("web")) do new = new or id == "web.design_review" end
  for _ = 1, 8 do
    if t.has_skill("http") and t.has_skill("html") then return end
    enter(t, "web")
    local play = web[t.level()]
    t.expect(play, "a known Web level on the way to the portal: " .. tostring(t.level()))
    play(t, new)
    finish(t, t.level())
  end
end

local function follow(t, link)
  go(t, link); t.press("confirm"); t.advance()
end

-- The Web Scraping levels, from the portal.
local ws = {
  { id = "web_scraping.reading_room", play = function(t)
    use(t, "Ines"); go(t, "requests orb"); use(t, "fetch console"); use(t, "status console")
    follow(t, "link /"); go(t, "soup orb"); use(t, "parse console"); use(t, "links console")
    follow(t, "link /books/"); go(t, "selectors orb"); use(t, "selector board")
    for _, c in ipairs({ "title 1", "price 1", "title 2", "price 2" }) do carry(t, c, "item pipeline") end
    t.wait(60); t.advance()
    use(t, "Ines")
  end },
  { id = "web_scraping.script_stacks", play = function(t)
    use(t, "Kenji"); use(t, "network log")
    follow(t, "link /catalogue"); go(t, "headless orb"); use(t, "devtools"); t.wait(20); t.advance()
    use(t, "render check")
    follow(t, "link page 1"); go(t, "extraction orb"); use(t, "paginator")
    follow(t, "link page 2")
    for _, c in ipairs({ "record 1", "record 2", "record 3" }) do carry(t, c, "item pipeline") end
    t.wait(60); t.advance()
    use(t, "cleaner"); use(t, "Kenji"); use(t, "playwright script")
  end },
  { id = "web_scraping.the_crawl", play = function(t)
    use(t, "Yusuf"); go(t, "scrapy orb"); use(t, "spider.py"); go(t, "robots orb")
    follow(t, "link robots"); use(t, "robots.txt"); use(t, "rule checker")
    follow(t, "link /"); go(t, "polite orb"); use(t, "settings.py"); use(t, "crawl log")
    follow(t, "link poetry"); follow(t, "link poetry 2")
    for _, c in ipairs({ "book 1", "book 2", "book 3" }) do carry(t, c, "item pipeline") end
    t.wait(60); t.advance()
    use(t, "pipelines.py")
    follow(t, "link about"); go(t, "ethics orb"); use(t, "terms of use"); use(t, "Elena")
  end },
  { id = "web_scraping.night_crawl", play = function(t)
    use(t, "Luis"); use(t, "Luis") -- again, after any warm-ups
    go(t, "scale orb"); use(t, "run book")
    for _, c in ipairs({ { "per-host queues", "frontier slot" }, { "per-host pace", "politeness slot" },
                         { "backoff", "retries slot" }, { "raw and rows", "storage slot" },
                         { "field hash", "changes slot" } }) do
      carry(t, c[1], c[2]); t.wait(30); t.advance()
    end
    t.wait(60); t.advance()
    use(t, "Luis")
    go(t, "night lever"); t.press("confirm")
    t.wait(60 * 6); t.advance(); t.wait(60 * 6); t.advance()
    go(t, "change orb"); use(t, "Amara"); use(t, "change checker"); use(t, "alert rules")
  end },
}

local SKILLS = { "requests_lib", "beautifulsoup", "selectors", "headless_browsers", "extraction",
                 "scrapy", "robots_txt", "polite_crawling", "scraping_ethics", "crawl_at_scale",
                 "change_detection" }

test("the Web Scraping portal is sealed for a new player, and says what it needs", function(t)
  t.new_game()
  t.advance()
  local label = t.label("web_scraping")
  t.expect(label and label:find("Web Scraping"), "the portal names its field: " .. tostring(label))
  t.walk_to("web_scraping"); t.press("confirm")
  t.expect(t.text() and t.text():find("HTTP"), "Enter at the sealed portal says what opens it: " .. tostring(t.text()))
  t.advance()
  t.expect(t.level() == "hub.campus", "and the player stays in the hub")
end)

-- Reviews at the desk until nothing is due.
local function review(t)
  go(t, "review desk")
  for _ = 1, 12 do
    if t.reviews_due() == 0 then break end
    t.press("confirm")
    t.advance()
    while t.exercise() do t.solve(); t.advance() end
    t.advance()
  end
end

test("the Web Scraping quest, from the hub to the end, and reviews on later days", function(t)
  t.new_game()
  t.expect(t.level() == "hub.campus", "a new game starts in the hub")
  web_to_portal(t)
  t.expect(t.has_skill("http") and t.has_skill("html"), "the Web quest taught HTTP and HTML: the portal opens")
  t.expect(not t.has_skill("python"), "Python comes later in the Web quest: Ines's warm-up teaches it")
  local xp_before, day = t.xp(), t.day()
  local ids = t.levels("web_scraping")
  t.expect(#ids == #ws, "the quest has " .. #ws .. " levels, got " .. #ids)
  for i, level in ipairs(ws) do
    t.expect(ids[i] == level.id, "level " .. i .. " is " .. level.id)
    enter(t, "web_scraping")
    t.expect(t.level() == level.id, "the portal leads to " .. level.id .. ", got " .. tostring(t.level()))
    level.play(t)
    if i == 1 then t.expect(t.has_skill("python"), "the warm-up made Python held") end
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
  t.expect(mastered >= 8, "right again on a later due day: most of the quest's skills mastered, got " .. mastered)
  saved = t.save()
  t.expect(saved.mastered >= mastered, "the save on disk holds the mastered skills")
  t.expect(saved.rank >= 1, "the save holds the rank: " .. t.rank())
end)

local FILES = { "01_reading_room.lua", "02_script_stacks.lua", "03_the_crawl.lua", "04_night_crawl.lua" }

test("the quest level after level from its first level", function(t)
  local total = 0
  for i, level in ipairs(ws) do
    t.load(FILES[i])
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
  t.expect(total >= 800, "the four levels are worth at least 800 XP, got " .. total)
  local saved = t.save()
  t.expect(saved.xp == t.xp(), "the save on disk holds the XP")
end)
