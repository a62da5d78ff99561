-- on_answer's line comes after the feedback, the exercise closes under it,
-- and a series says its lines once its last exercise is answered.

test("what on_answer says follows the exercise, which closes", function(t)
  t.load("answer.lua")
  t.advance()
  t.walk_to("terminal"); t.press("confirm")
  t.expect(t.quiz_open(), "the terminal asks")
  t.expect(t.answer(1), "201 is right")
  t.expect(t.screen() == "dialogue", "Grace speaks next, not the exercise: " .. tostring(t.screen()))
  t.expect(t.text():find("feel_created was right", 1, true), "her line: " .. t.text())
  t.advance()
  t.expect(t.screen() == nil, "then plain play: " .. tostring(t.screen()))
  t.expect(not t.quiz_open(), "the exercise is gone")
end)

test("a series says each answer's line after its last exercise", function(t)
  t.load("answer.lua")
  t.advance()
  t.walk_to("desk"); t.press("confirm")
  t.expect(t.quiz_open(), "the desk asks")
  t.expect(not t.answer(2), "204 is wrong")
  t.expect(t.quiz_open() and t.screen() == "exercise", "the second exercise comes next")
  t.expect(t.exercise().id == "feel_missing", "the 404 one: " .. tostring(t.exercise().id))
  t.expect(t.answer(1), "404 is right")
  t.expect(t.screen() == "dialogue" and t.text():find("feel_created was wrong", 1, true),
    "the first answer's line first")
  t.press("confirm")
  t.expect(t.screen() == "dialogue" and t.text():find("feel_missing was right", 1, true),
    "then the second's")
  t.advance()
  t.expect(t.screen() == nil, "then plain play: " .. tostring(t.screen()))
end)
