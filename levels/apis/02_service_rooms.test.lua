-- Level tests for 02_service_rooms.lua: run with `skillquest --test levels/apis/`.

local function solve_all(t)
  t.advance()
  while t.exercise() do
    local id = t.exercise().id
    t.expect(t.solve(), "answered right: " .. id)
    t.advance()
  end
end

local function carry(t, token, slot)
  t.walk_to(token); t.press("confirm")
  t.walk_to(slot); t.press("confirm")
end

local function start(t)
  t.load("02_service_rooms.lua")
  t.expect(t.error() == nil, "no level error")
  for _, s in ipairs({ "http", "json", "python", "rest_apis" }) do t.grant(s) end
  t.advance()
end

test("a plain int lets an order of -3 through: 201 where 422 was due", function(t)
  start(t)
  carry(t, "literal", "quantity field")
  t.expect(t.toast() and t.toast():find("currency field"), "a currency type is refused by quantity: " .. tostring(t.toast()))
  t.walk_to("currency field"); t.press("confirm")
  carry(t, "int", "quantity field")
  carry(t, "optional note", "note field")
  t.wait(60 * 8)
  t.expect(t.text() and t.text():find("#2") and t.text():find("201"), "the service says body #2 got 201: " .. tostring(t.text()))
  t.advance()
  t.expect(not t.goals_met(), "the level is not done")
  -- Taking int back off the field empties it: the model is open again.
  t.walk_to("quantity field"); t.press("confirm")
  t.expect(t.label("quantity field") == "quantity:", "the quantity field is empty again")
  t.expect(t.error() == nil, "no script errors")
end)

test("a Python refresher for a player who comes without it", function(t)
  t.load("02_service_rooms.lua")
  for _, s in ipairs({ "http", "json", "rest_apis" }) do t.grant(s) end
  t.advance()
  t.walk_to("Kenji"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "apis_python_1", "Kenji asks the Python refresher")
  t.expect(t.solve(), "hints are not checked at run time")
  t.expect(t.has_skill("python"), "Python held")
  t.walk_to("pydantic orb"); t.advance()
  t.expect(t.learning("pydantic"), "now Pydantic can be learned")
end)

test("the whole level can be played to the exit, with a miss on the way", function(t)
  start(t)
  t.walk_to("Kenji"); t.press("confirm"); t.advance()
  t.expect(not t.exercise(), "Kenji asks nothing before FastAPI is taught")
  t.walk_to("pydantic orb"); t.advance()
  t.walk_to("model board"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "apis_pyd_1", "the model board asks about Pydantic 2's API")
  t.expect(not t.solve(false), "parse_obj, on purpose")
  t.advance()
  t.expect(t.learning("pydantic"), "still learning Pydantic")
  while t.exercise() do t.solve(); t.advance() end
  t.walk_to("model board"); t.press("confirm"); solve_all(t)
  t.expect(t.has_skill("pydantic"), "Pydantic held")
  t.walk_to("fastapi orb"); t.advance()
  t.walk_to("Kenji"); t.press("confirm"); t.advance(); solve_all(t)
  t.expect(t.has_skill("fastapi"), "FastAPI held")
  local xp = t.xp()
  carry(t, "positive int", "quantity field")
  carry(t, "literal", "currency field")
  carry(t, "optional note", "note field")
  t.wait(60 * 8)
  t.expect(t.text() and t.text():find("Five for five"), "Kenji: all five right: " .. tostring(t.text()))
  t.advance()
  t.expect(t.xp() == xp + 30, "the model earns 30 XP")
  t.walk_to("old flask app"); t.press("confirm"); t.advance(); solve_all(t)
  t.walk_to("handler"); t.press("confirm"); t.advance(); solve_all(t)
  t.walk_to("route"); t.press("confirm"); t.advance(); solve_all(t)
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
