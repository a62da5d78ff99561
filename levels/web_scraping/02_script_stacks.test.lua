-- Level tests for 02_script_stacks.lua: run with `skillquest --test levels/web_scraping/`.

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

test("the shell is dropped, and the API's door opens only once DevTools found it", function(t)
  t.load("02_script_stacks.lua")
  t.expect(t.error() == nil, "no level error")
  t.advance()
  talk(t, "Kenji")
  follow(t, "link /catalogue")
  carry(t, "app shell", "item pipeline")
  t.wait(20)
  t.expect(not t.label("app shell"), "the empty shell is not a record: dropped")
  t.walk_to("link page 1"); t.press("confirm")
  t.expect(t.text() and t.text():find("app.js"), "the API door says how to find it: " .. tostring(t.text()))
  t.advance()
  t.walk_to("headless orb"); t.advance()
  t.walk_to("devtools"); t.press("confirm"); t.advance()
  t.expect(not t.solve(false), "wrong on purpose: a browser for everything")
  t.expect(t.learning("headless_browsers"), "still learning after a miss")
  use(t, "render check")
  t.expect(t.has_skill("headless_browsers"), "held after the render check")
  t.expect(t.error() == nil, "no script errors")
end)

test("the whole level can be played to the exit, a duplicate dropped on the way", function(t)
  t.load("02_script_stacks.lua")
  t.advance()
  talk(t, "Kenji")
  use(t, "network log")
  follow(t, "link /catalogue")
  t.walk_to("headless orb"); t.advance()
  use(t, "devtools"); t.wait(20); t.advance()
  use(t, "render check")
  follow(t, "link page 1")
  t.walk_to("extraction orb"); t.advance()
  use(t, "paginator")
  follow(t, "link page 2")
  carry(t, "record 1", "item pipeline")
  carry(t, "record 2", "item pipeline")
  carry(t, "record 2 again", "item pipeline")
  t.expect(not t.label("record 2 again"), "the duplicate is dropped")
  carry(t, "record 3", "item pipeline")
  t.wait(60); t.advance()
  use(t, "cleaner")
  talk(t, "Kenji")
  use(t, "playwright script")
  t.wait(20); t.advance()
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.has_skill("headless_browsers") and t.has_skill("extraction"), "both skills held")
  t.expect(t.error() == nil, "no script errors")
end)
