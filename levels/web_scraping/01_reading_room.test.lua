-- Level tests for 01_reading_room.lua: run with `skillquest --test levels/web_scraping/`.

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
  for _ = 1, 6 do
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

test("the link to / stays shut until the player holds Requests", function(t)
  t.load("01_reading_room.lua")
  t.expect(t.error() == nil, "no level error")
  t.advance()
  t.expect(t.label("link /") == "/", "the door shows its URL")
  t.walk_to("link /"); t.press("confirm")
  t.expect(t.text() and t.text():find("Requests"), "the link says what it needs: " .. tostring(t.text()))
  t.advance()
  t.hold("right", 40)
  t.expect(t.player() < 13, "the player is still in the lobby")
end)

test("a wrong answer is explained, and the pipeline drops ads and duplicates", function(t)
  t.load("01_reading_room.lua")
  t.advance()
  talk(t, "Ines")
  t.expect(t.has_skill("python") and t.has_skill("css"), "the warm-ups taught what the level builds on")
  t.walk_to("requests orb"); t.advance()
  t.walk_to("fetch console"); t.press("confirm"); t.advance()
  t.expect(t.exercise().kind == "fill", "the fetch console asks a fill")
  t.expect(not t.solve(false), "wrong on purpose")
  t.expect(t.learning("requests_lib"), "still learning Requests after a miss")
  use(t, "status console")
  t.expect(t.has_skill("requests_lib"), "Requests held")
  t.walk_to("link /"); t.press("confirm"); t.advance()
  t.walk_to("soup orb"); t.advance()
  use(t, "parse console")
  t.expect(t.has_skill("beautifulsoup"), "Beautiful Soup held")
  t.walk_to("link /books/"); t.press("confirm"); t.advance()
  local xp = t.xp()
  carry(t, "ad card", "item pipeline")
  t.expect(not t.label("ad card"), "the ad is dropped: gone from the world")
  t.expect(t.xp() == xp, "nothing stored")
  carry(t, "title 1", "item pipeline")
  t.expect(not t.label("title 1"), "the title is stored")
  t.expect(t.error() == nil, "no script errors")
end)

test("the whole level can be played to the exit", function(t)
  t.load("01_reading_room.lua")
  t.advance()
  talk(t, "Ines")
  t.walk_to("requests orb"); t.advance()
  use(t, "fetch console"); use(t, "status console")
  t.walk_to("link /"); t.press("confirm"); t.advance()
  t.walk_to("soup orb"); t.advance()
  use(t, "parse console"); use(t, "links console")
  t.walk_to("link /books/"); t.press("confirm"); t.advance()
  t.walk_to("selectors orb"); t.advance()
  use(t, "selector board")
  for _, c in ipairs({ "title 1", "price 1", "title 2", "price 2" }) do carry(t, c, "item pipeline") end
  t.wait(60); t.advance()
  talk(t, "Ines"); solve_all(t)
  t.wait(30); t.advance()
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.has_skill("requests_lib") and t.has_skill("beautifulsoup") and t.has_skill("selectors"),
    "the three skills are held")
  t.expect(t.error() == nil, "no script errors")
end)
