-- Level tests for template.lua. Run them with
--   skillquest --test levels/template/
-- Each test() case plays the level in a fresh headless game, at full speed.
-- `t` drives the game: the full list is in docs/levels.md, "Level tests".

test("the brief opens the level", function(t)
  t.load("template.lua")          -- a path relative to this file
  t.expect(t.dialogue_open(), "the brief is shown first")
  t.expect(t.text():find("JSON"), "the brief mentions JSON")
  t.advance()                     -- press confirm until the dialogue closes
  t.expect(not t.dialogue_open(), "confirm closes the brief")
end)

test("the gate holds until the player knows JSON", function(t)
  t.load("template.lua")
  t.advance()
  t.walk_to("gate")               -- by name, else by behaviour: the first gate
  t.press("confirm")              -- a closed gate says what it needs
  t.expect(t.dialogue_open() and t.text():find("JSON"), "the gate asks for JSON")
  t.advance()
  local x = t.player()
  t.hold("right", 60)             -- one second of walking into it
  t.expect(t.player() - x < 1, "the closed gate stops the player")
end)

test("the level can be played to the exit", function(t)
  t.load("template.lua")
  t.advance()
  t.walk_to("Ada"); t.press("confirm")
  t.expect(t.dialogue_open() and t.text():find("JSON"), "Ada talks about JSON")
  t.advance()
  t.walk_to("json orb"); t.advance()   -- the orb teaches JSON and shows its card
  t.expect(t.learning("json"), "the orb alone: JSON is being learned")
  t.expect(not t.has_skill("json"), "not held before it is used")
  t.walk_to("practice terminal"); t.press("confirm")
  t.expect(t.quiz_open(), "the terminal asks its question")
  t.expect(t.answer(2), "double quotes, no trailing comma: choice 2")
  t.expect(t.has_skill("json"), "taught and answered right: JSON is held")
  t.walk_to("config terminal"); t.press("confirm")
  t.expect(t.exercise().kind == "code", "a code exercise")
  t.expect(t.solve(true), "line 4 has the trailing comma")
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.xp() == 30 + 10 + 10, "30 XP for the level and 10 for each right answer")
end)

test("a wrong answer is explained and leaves the skill being learned", function(t)
  t.load("template.lua")
  t.advance()
  t.walk_to("json orb"); t.advance()
  t.walk_to("practice terminal"); t.press("confirm")
  t.expect(not t.answer(1), "single quotes are not JSON")
  t.advance()
  t.expect(t.learning("json"), "still learning JSON")
  t.walk_to("gate")
  local x = t.player()
  t.hold("right", 60)
  t.expect(t.player() - x < 1, "the gate stays shut")
end)
