-- Level tests for 03_the_crawl.lua: run with `skillquest --test levels/web_scraping/`.

local function solve_all(t)
  t.advance()
  for _ = 1, 12 do
    if not t.exercise() then break end
    local id = t.exercise().id
    t.expect(t.solve(), "answered right: " .. id)
    t.wait(10); t.advance()
  end
end

-- Talks to someone, answering the warm-ups a fresh game is asked first.
local function talk(t, who)
  for _ = 1, 10 do
    t.walk_to(who); t.press("confirm"); t.advance()
    if not t.exercise() then return end
    solve_all(t)
  end
end

local function use(t, target)
  t.walk_to(target); t.press("confirm"); solve_all(t)
end

local function carry(t, token, slot)
  t.walk_to(token); t.press("confirm")
  t.walk_to(slot); t.press("confirm")
  t.wait(30); t.advance()
end

local function follow(t, link)
  t.walk_to(link); t.press("confirm"); t.advance()
end

local function into_the_shop(t)
  talk(t, "Yusuf")
  t.walk_to("scrapy orb"); t.advance()
  use(t, "spider.py")
  t.walk_to("robots orb"); t.advance()
  follow(t, "link robots")
  use(t, "robots.txt")
  use(t, "rule checker")
  follow(t, "link /")
end

test("/ waits for robots.txt, and a disallowed link is a violation", function(t)
  t.load("03_the_crawl.lua")
  t.expect(t.error() == nil, "no level error")
  t.advance()
  talk(t, "Yusuf")
  t.walk_to("scrapy orb"); t.advance()
  use(t, "spider.py")
  t.walk_to("robots orb"); t.advance()
  t.walk_to("link /"); t.press("confirm")
  t.expect(t.text() and t.text():find("robots.txt"), "the shop's door asks for robots.txt first: " .. tostring(t.text()))
  t.advance()
  follow(t, "link robots")
  t.walk_to("rule checker"); t.press("confirm"); t.advance()
  t.expect(not t.solve(false), "wrong on purpose")
  t.expect(t.learning("robots_txt"), "still learning robots.txt")
  t.walk_to("rule checker"); t.press("confirm"); solve_all(t)
  t.expect(t.has_skill("robots_txt"), "robots.txt held after another question")
  follow(t, "link /")
  t.walk_to("polite orb"); t.advance()
  t.walk_to("link history"); t.press("confirm")
  local said = false
  for _ = 1, 6 do
    if t.text() and t.text():find("Disallow: /catalogue/") then said = true end
    t.wait(5); t.press("confirm")
  end
  t.expect(said, "the admin names the rule that decided")
  t.walk_to("link history"); t.hold("up", 40)
  t.expect(select(2, t.player()) > 5, "the history room stays shut")
  t.expect(t.error() == nil, "no script errors")
end)

test("the whole level can be played to the exit, with a clean crawl", function(t)
  t.load("03_the_crawl.lua")
  t.advance()
  into_the_shop(t)
  t.walk_to("polite orb"); t.advance()
  use(t, "settings.py"); use(t, "crawl log")
  follow(t, "link poetry")
  follow(t, "link poetry 2")
  carry(t, "book 1", "item pipeline")
  carry(t, "book 2", "item pipeline")
  carry(t, "book 2 again", "item pipeline")
  t.expect(not t.label("book 2 again"), "the duplicate is dropped")
  local xp = t.xp()
  carry(t, "book 3", "item pipeline")
  t.wait(60); t.advance()
  t.expect(t.xp() == xp + 50, "20 XP for the books, 30 for a clean crawl, got " .. (t.xp() - xp))
  use(t, "pipelines.py")
  follow(t, "link about")
  t.walk_to("ethics orb"); t.advance()
  carry(t, "staff emails", "item pipeline")
  t.expect(not t.label("staff emails"), "personal data is dropped")
  use(t, "terms of use")
  talk(t, "Elena"); solve_all(t)
  t.wait(20); t.advance()
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  for _, s in ipairs({ "scrapy", "robots_txt", "polite_crawling", "scraping_ethics" }) do
    t.expect(t.has_skill(s), s .. " held")
  end
  t.expect(t.error() == nil, "no script errors")
end)
