-- Level tests for 04_night_crawl.lua: run with `skillquest --test levels/web_scraping/`.

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
  for _ = 1, 12 do
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
  t.wait(40); t.advance()
end

local RIGHT = { { "per-host queues", "frontier slot" }, { "per-host pace", "politeness slot" },
                { "backoff", "retries slot" }, { "raw and rows", "storage slot" },
                { "field hash", "changes slot" } }

test("a wrong card is crossed out, and the lever waits for the review", function(t)
  t.load("04_night_crawl.lua")
  t.expect(t.error() == nil, "no level error")
  t.advance()
  talk(t, "Luis")
  carry(t, "one big list", "frontier slot")
  t.expect(not t.label("one big list"), "the wrong card is crossed out")
  t.walk_to("night lever"); t.press("confirm")
  t.expect(t.text() and t.text():find("not complete"), "the lever waits: " .. tostring(t.text()))
  t.advance()
  t.walk_to("scale orb"); t.advance()
  use(t, "run book")
  t.walk_to("alert rules"); t.press("confirm"); t.advance()
  t.expect(not t.solve(false), "wrong on purpose")
  t.expect(not t.has_skill("change_detection"), "change detection not held: not even taught")
  t.expect(t.error() == nil, "no script errors")
end)

test("the whole review can be played to the exit", function(t)
  t.load("04_night_crawl.lua")
  t.advance()
  talk(t, "Luis")
  t.walk_to("scale orb"); t.advance()
  use(t, "run book")
  t.expect(t.has_skill("crawl_at_scale"), "crawling at scale held")
  for _, c in ipairs(RIGHT) do carry(t, c[1], c[2]) end
  t.wait(60); t.advance()
  talk(t, "Luis"); solve_all(t)
  t.walk_to("night lever"); t.press("confirm")
  t.wait(60 * 6); t.advance()
  t.wait(60 * 6); t.advance()
  t.walk_to("change orb"); t.advance()
  talk(t, "Amara"); solve_all(t)
  use(t, "change checker")
  use(t, "alert rules")
  t.wait(20); t.advance()
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("closing note"); t.press("confirm")
  t.expect(t.text() and t.text():find("Crawling at scale"), "the closing note names the engineer-side skills")
  t.advance()
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.has_skill("crawl_at_scale") and t.has_skill("change_detection"), "both engineer skills held")
  t.expect(t.error() == nil, "no script errors")
end)
