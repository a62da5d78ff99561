-- The Web Development quest played as a player plays it: from the title and
-- the hub, through every level of the quest, back to the hub after each, and
-- the progress checked in a save written to disk.

local function enter_web(t)
  t.advance()
  t.walk_to("web"); t.press("confirm"); t.wait(2)
  t.advance()
end

-- Walks to a target; if a bug keeps sending the player back on the same
-- beat, waits a little (bugs patrol on a fixed rhythm) and tries again.
local function reach(t, target)
  for attempt = 1, 4 do
    local ok = pcall(t.walk_to, target)
    if ok then return end
    t.wait(53 * attempt)
  end
  t.walk_to(target) -- the last try reports where it got stuck
end

local function finish(t, id)
  t.expect(t.goals_met(), id .. ": every goal is done")
  reach(t, "exit")
  t.expect(t.complete(), id .. " ends at its exit")
  t.press("confirm") -- the summary: back to the hub
  t.wait(2)
  t.expect(t.level() == "hub.campus", "after " .. id .. " the player is back in the hub")
end

local levels = {
  ["office.first_day"] = function(t)
    t.walk_to("Ada"); t.press("confirm"); t.advance()
    for _, skill in ipairs({ "http", "html", "css", "javascript" }) do
      t.walk_to(skill); t.advance()
    end
    t.walk_to("terminal"); t.press("confirm"); t.expect(t.answer(2), "404")
  end,
  ["office.server_room"] = function(t)
    t.walk_to("Ada"); t.press("confirm"); t.advance()
    t.walk_to("http orb"); t.advance()
    t.walk_to("http terminal"); t.press("confirm"); t.expect(t.answer(1), "GET")
  end,
}

test("the Web Development quest, from the hub to the end", function(t)
  t.new_game()
  t.expect(t.level() == "hub.campus", "a new game starts in the hub")
  t.expect(t.rank() == "Junior Backend Developer", "as a junior")

  enter_web(t)
  t.expect(t.level() == "office.first_day", "the web portal starts at the first level")
  levels["office.first_day"](t); finish(t, "office.first_day")

  enter_web(t)
  t.expect(t.level() == "office.server_room", "then the next level not yet won")
  levels["office.server_room"](t); finish(t, "office.server_room")

  enter_web(t)
  t.expect(t.level() == "web.front_end" or t.level():find("front"), "then the front-end floor")
  t.walk_to("Mira"); t.press("confirm"); t.advance()
  t.walk_to("html orb"); t.advance()
  t.walk_to("Sam"); t.press("confirm"); t.advance()
  t.walk_to("css orb"); t.advance()
  t.walk_to("css terminal"); t.press("confirm"); t.expect(t.answer(3), "p { color: red; }")
  t.walk_to("Jo"); t.press("confirm"); t.advance()
  t.walk_to("javascript orb"); t.advance()
  t.walk_to("javascript terminal"); t.press("confirm"); t.expect(t.answer(2), "fetch()")
  finish(t, "front end")

  enter_web(t)
  t.walk_to("Ken"); t.press("confirm"); t.advance()
  t.walk_to("http orb"); t.advance()
  t.walk_to("Lee"); t.press("confirm"); t.advance()
  t.walk_to("json orb"); t.advance()
  t.walk_to("json terminal"); t.press("confirm"); t.expect(t.answer(3), "JSON")
  t.walk_to("Priya"); t.press("confirm"); t.advance()
  t.walk_to("rest orb"); t.advance()
  t.walk_to("status terminal"); t.press("confirm"); t.expect(t.answer(2), "201")
  finish(t, "requests")

  enter_web(t)
  t.walk_to("Rosa"); t.press("confirm"); t.advance()
  t.walk_to("flask orb"); t.advance()
  t.walk_to("templates orb"); t.advance()
  t.walk_to("flask terminal"); t.press("confirm"); t.expect(t.answer(4), "route")
  t.walk_to("Tom"); t.press("confirm"); t.advance()
  t.walk_to("django terminal"); t.press("confirm"); t.expect(t.answer(2), "Django")
  t.walk_to("django orb"); t.advance()
  t.walk_to("orm orb"); t.advance()
  finish(t, "frameworks")
  t.expect(t.has_skill("python"), "the frameworks floor grants Python")

  enter_web(t)
  t.walk_to("Lena"); t.press("confirm"); t.advance()
  t.walk_to("unit tests orb"); t.advance()
  t.walk_to("Omar"); t.press("confirm"); t.advance()
  t.walk_to("traceback terminal"); t.press("confirm"); t.expect(t.answer(2), "KeyError")
  t.walk_to("debugging orb"); t.advance()
  t.walk_to("Kim"); t.press("confirm"); t.advance()
  t.walk_to("git orb"); t.advance()
  t.walk_to("git terminal"); t.press("confirm"); t.expect(t.answer(3), "git commit")
  finish(t, "keeping it working")

  for _, skill in ipairs({ "html", "css", "javascript", "http", "json", "rest_apis", "flask",
                           "templates", "django", "orm", "python", "unit_tests", "debugging", "git" }) do
    t.expect(t.has_skill(skill), "the quest taught " .. skill)
  end
  t.expect(t.rank() == "Backend Developer", "the quest makes a Backend Developer")
  t.expect(t.xp() >= 400, "the quest is worth at least 400 XP, got " .. t.xp())

  local saved = t.save()
  t.expect(saved.xp == t.xp(), "the save on disk holds the XP")
  t.expect(saved.skills >= 14, "the save on disk holds the skills")
  t.expect(saved.rank == 1, "the save on disk holds the rank")
end)
