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

  -- The next day every quizzed skill but http (mastered, due in 3 days) is
  -- due; knowing them again masters them.
  t.day(t.day() + 1)
  t.advance()
  local due = t.reviews_due()
  t.expect(due == 7, "seven reviews due the next day, got " .. due)
  reach(t, "review desk")
  for round = 1, 3 do
    t.press("confirm")
    while t.quiz_open() do t.answer(t.right_answer()) end
    t.advance()
  end
  t.expect(t.reviews_due() == 0, "all reviewed, got " .. t.reviews_due())
  saved = t.save()
  t.expect(saved.mastered == 8, "eight skills mastered, in the save on disk, got " .. saved.mastered)
  -- Senior needs 15 developer skills: more than one quest teaches.
  t.expect(t.rank() == "Backend Developer", "still a Backend Developer after one quest")
end)

-- Spaced review. A skill answered right comes back a day later, then after
-- longer gaps (box 1: 1 day, box 2: 3 days, box 3: 7 days); a miss makes it
-- due at once. Right again on a later day or in another level: mastered.
local function wrong_choice(t)
  return t.right_answer() == 1 and 2 or 1
end

test("the review desk brings questions back and masters skills", function(t)
  t.new_game()
  local day = t.day()
  t.expect(day == 20000, "level tests play on a fixed day")
  enter_web(t); levels["office.first_day"](t); finish(t, "office.first_day")
  t.expect(not t.mastered("http"), "one right answer does not master a skill")
  t.expect(t.reviews_due() == 0, "nothing is due on the day it was learned")
  t.day(day + 1)
  t.expect(t.reviews_due() == 1, "http is due a day later, got " .. t.reviews_due())
  t.day(day)

  enter_web(t); levels["office.server_room"](t); finish(t, "office.server_room")
  t.expect(t.mastered("http"), "right again in a later level: http is mastered")
  t.day(day + 2)
  t.expect(t.reviews_due() == 0, "two right answers: not due for 3 days")
  t.day(day + 3)
  t.expect(t.reviews_due() == 1, "due after 3 days, got " .. t.reviews_due())

  t.advance() -- the hub's brief
  reach(t, "review desk"); t.press("confirm")
  t.expect(t.quiz_open(), "the desk asks the due question")
  t.expect(not t.answer(wrong_choice(t)), "a wrong answer on purpose")
  t.expect(t.dialogue_open() and t.text():find("0 of 1 right"), "the review ends with how it went")
  t.advance()
  t.expect(t.mastered("http"), "mastery is kept after a miss")
  t.expect(t.reviews_due() == 1, "a missed question comes back at once")

  t.press("confirm") -- the player still stands at the desk
  t.expect(t.quiz_open(), "the missed question is asked again")
  t.expect(t.answer(t.right_answer()), "answered right this time")
  t.advance()
  t.expect(t.reviews_due() == 0, "answered right: not due again today")
  t.day(day + 4)
  t.expect(t.reviews_due() == 1, "after a miss the gaps start again from a day")

  local saved = t.save()
  t.expect(saved.mastered == 1, "the save on disk holds the mastered skill, got " .. saved.mastered)
end)

test("the desk with nothing due explains how review works", function(t)
  t.new_game()
  t.advance()
  reach(t, "review desk"); t.press("confirm")
  t.expect(not t.quiz_open(), "nothing answered yet: nothing to ask")
  t.expect(t.dialogue_open() and t.text():find("Nothing is due"), "the desk says so")
  t.expect(t.advance() == 2, "two pages: nothing due, then how review works")
end)
