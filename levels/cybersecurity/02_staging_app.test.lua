-- Level tests for 02_staging_app.lua: run with `skillquest --test levels/cybersecurity/`.

-- Answers the open exercise; a long feedback may need one more key to close.
local function solve(t, right)
  local id = t.exercise().id
  local ok = t.solve(right)
  if t.exercise() and t.exercise().id == id then t.press("cancel") end
  return ok
end

local function solve_all(t)
  t.advance()
  while t.exercise() do
    local id = t.exercise().id
    t.expect(solve(t), "answered right: " .. id)
    t.advance()
  end
end

local function use(t, target)
  t.walk_to(target); t.press("confirm"); solve_all(t)
end

test("production and the CDN are refused; /search proves the injection", function(t)
  t.load("02_staging_app.lua")
  t.expect(t.error() == nil, "no level error")
  t.grant("pentest_scope")
  t.advance()
  t.walk_to("Priya"); t.press("confirm"); t.advance()
  t.press("cancel") -- leaves her question for later: nothing is recorded
  t.walk_to("owasp orb"); t.advance()
  t.walk_to("owasp poster"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "cy_owasp_1", "the poster asks the sort")
  t.expect(not solve(t, false), "filed wrong on purpose")
  t.advance()
  t.expect(t.learning("owasp_top10"), "a miss leaves it being learned")
  use(t, "owasp poster") -- another item of the same skill after the miss
  t.expect(t.has_skill("owasp_top10"), "OWASP Top 10 held")
  t.walk_to("door production"); t.press("confirm")
  t.expect(t.text() and t.text():find("Refused"), "production is refused")
  t.advance()
  t.expect(t.label("door production"):find("OUT OF SCOPE"), "and marked so")
  t.walk_to("reviews gate"); t.hold("right", 60)
  t.expect(t.player() < 28, "the reviews gate holds before the finding")
  t.walk_to("door search"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "cy_sqli_1", "/search asks for the line")
  t.expect(solve(t), "line 12")
  t.advance()
  t.walk_to("Ines")
  t.expect(t.player() > 28, "the finding opened the reviews room")
  t.expect(t.error() == nil, "no script errors")
end)

test("the level can be played to the exit", function(t)
  t.load("02_staging_app.lua")
  t.grant("pentest_scope")
  t.advance()
  use(t, "Priya")
  t.walk_to("owasp orb"); t.advance()
  use(t, "owasp poster")
  use(t, "Luis")
  t.walk_to("sqli orb"); t.advance()
  use(t, "search.py")
  t.walk_to("door health"); t.press("confirm"); t.advance()
  t.expect(t.label("door health"):find("200"), "/health answers 200")
  use(t, "door search")
  use(t, "Ines")
  t.walk_to("xss orb"); t.advance()
  use(t, "review widget")
  t.walk_to("door cdn"); t.press("confirm"); t.advance()
  use(t, "door reviews")
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  for _, s in ipairs({ "owasp_top10", "sql_injection", "xss" }) do
    t.expect(t.has_skill(s), "holds " .. s)
  end
  t.expect(t.xp() >= 150, "worth at least 150 XP, got " .. t.xp())
  t.expect(t.error() == nil, "no script errors")
end)
