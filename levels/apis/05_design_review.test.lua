-- Level tests for 05_design_review.lua: run with `skillquest --test levels/apis/`.

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
  t.load("05_design_review.lua")
  t.expect(t.error() == nil, "no level error")
  for _, s in ipairs({ "http", "json", "python", "rest_apis", "api_design", "pydantic", "fastapi" }) do
    t.grant(s)
  end
  t.advance()
end

local function replay(t, boundaries, email, tracing)
  carry(t, boundaries, "boundaries slot")
  carry(t, email, "email slot")
  carry(t, tracing, "tracing slot")
  t.walk_to("lever"); t.press("confirm")
  t.wait(60 * 10)
end

test("a queue that assumes exactly once sends receipts twice", function(t)
  start(t)
  replay(t, "by capability", "queue exactly once", "otel")
  t.expect(t.text() and t.text():find("two receipts"), "the incident review: duplicates: " .. tostring(t.text()))
  t.advance()
  t.expect(not t.goals_met(), "the level is not done")
  t.expect(t.error() == nil, "no script errors")
end)

test("without a shared trace id, nobody can say where checkout was slow", function(t)
  start(t)
  replay(t, "by capability", "queue and worker", "own ids")
  t.expect(t.text() and t.text():find("could not be joined"), "the incident review: no trace: " .. tostring(t.text()))
  t.advance()
  t.expect(t.error() == nil, "no script errors")
end)

test("the whole review can be played to the exit, with a miss on the way", function(t)
  start(t)
  t.walk_to("Yusuf"); t.press("confirm"); t.advance()
  t.expect(not t.exercise(), "Yusuf asks nothing before the orb")
  t.walk_to("microservices orb"); t.advance()
  t.expect(t.learning("microservices"), "the orb teaches Microservices")
  t.walk_to("Yusuf"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "apis_ms_1", "Yusuf's start-up scenario")
  t.expect(not t.solve(false), "ten microservices, on purpose")
  t.advance()
  t.expect(t.learning("microservices"), "still learning")
  t.walk_to("split list"); t.press("confirm"); t.advance(); solve_all(t)
  t.expect(t.has_skill("microservices"), "Microservices held")
  t.walk_to("queues orb"); t.advance()
  t.walk_to("Amara"); t.press("confirm"); t.advance(); solve_all(t)
  t.expect(t.has_skill("message_queues"), "Message queues held")
  local xp = t.xp()
  replay(t, "by capability", "queue and worker", "otel")
  t.expect(t.text() and t.text():find("Approved"), "Yusuf approves: " .. tostring(t.text()))
  t.advance()
  t.expect(t.xp() == xp + 50, "the replay earns 50 XP")
  for _, name in ipairs({ "trace header", "worker", "outbox" }) do
    t.walk_to(name); t.press("confirm"); t.advance(); solve_all(t)
  end
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
