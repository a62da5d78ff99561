-- Level tests for 05_design_review.lua: run with `skillquest --test levels/web/`.

-- Takes the request waiting in the inbox to the layer named, and presses
-- confirm there; returns whether the layer took it.
local function route(t, layer)
  local xp = t.xp()
  t.walk_to("request inbox"); t.press("confirm")
  t.walk_to(layer); t.press("confirm")
  return t.xp() > xp
end

-- Into the machine room holding WSGI and ASGI (and HTTP, which the orb of
-- reverse proxies builds on).
local function to_machine_room(t)
  t.walk_to("Nadia"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "web_wsgi_asgi_1", "Nadia asks about the queue")
  t.expect(t.answer(1), "more workers")
  t.walk_to("wsgi orb"); t.advance()
  t.walk_to("cache note"); t.press("confirm"); t.advance()
  t.expect(t.answer(1), "Cache-Control: public, max-age=300")
  t.expect(t.has_skill("wsgi_asgi") and t.has_skill("http"), "WSGI and ASGI and HTTP held")
end

test("the level loads and the brief says who the player is now", function(t)
  t.load("05_design_review.lua")
  t.expect(t.error() == nil, "no level error")
  t.expect(t.text():find("engineer now"), "the brief: you are the engineer now")
  t.advance()
  t.expect(not t.dialogue_open(), "confirm closes the brief")
end)

test("a wrong call is explained and the machine room waits for WSGI and ASGI held", function(t)
  t.load("05_design_review.lua")
  t.advance()
  t.walk_to("wsgi orb"); t.advance()
  t.expect(t.learning("wsgi_asgi") and not t.has_skill("wsgi_asgi"), "the orb teaches WSGI and ASGI")
  t.walk_to("Nadia"); t.press("confirm"); t.advance()
  t.expect(not t.answer(3), "async views do not add capacity under WSGI")
  t.expect(t.learning("wsgi_asgi"), "still being learned")
  local ok = pcall(t.walk_to, "Victor")
  t.expect(not ok, "the machine room's gate stays shut")
  t.walk_to("whiteboard"); t.press("confirm")
  t.expect(t.text():find("4 CPU cores"), "the whiteboard's serving plan"); t.advance()
  t.expect(t.exercise().kind == "fill", "it asks to complete the gunicorn command")
  t.expect(t.solve(), "-w 8 on 127.0.0.1:8000")
  t.expect(t.has_skill("wsgi_asgi"), "held")
  t.walk_to("Victor")
end)

test("the routing board refuses a wrong layer with its reason, and takes the right one", function(t)
  t.load("05_design_review.lua")
  t.advance()
  to_machine_room(t)
  t.walk_to("request inbox"); t.press("confirm")
  t.expect(t.text() and t.text():find("Victor"), "the inbox is empty until Victor starts the test")
  t.advance()
  t.walk_to("Victor"); t.press("confirm"); t.advance()
  t.expect(t.exercise().kind == "order", "Victor walks a request through the stack")
  t.expect(not t.solve(false), "out of order on purpose")
  local xp = t.xp()
  t.walk_to("request inbox"); t.press("confirm")
  t.walk_to("PostgreSQL"); t.press("confirm")
  t.expect(t.xp() == xp and t.text() == nil, "PostgreSQL refuses the stylesheet, in a line")
  t.walk_to("Nginx"); t.press("confirm")
  t.expect(t.xp() == xp + 10, "Nginx answers it")
  t.expect(t.text() and t.text():find("from disk"), "and the path it took is told")
  t.advance()
  t.expect(not t.goals_met(), "three requests to go")
end)

test("the whole level can be played to the exit", function(t)
  t.load("05_design_review.lua")
  local xp0 = t.xp() -- in a career (t.play) the player brings XP
  t.advance()
  to_machine_room(t)
  t.walk_to("whiteboard"); t.press("confirm"); t.advance()
  t.expect(t.solve(), "the gunicorn command")
  t.walk_to("Victor"); t.press("confirm"); t.advance()
  t.expect(t.solve(), "one request through the stack, in order")
  t.walk_to("proxy orb"); t.advance()
  t.expect(t.has_skill("reverse_proxy"), "answered right, then taught: reverse proxies held")
  local layers = { "Nginx", "PostgreSQL", "Gunicorn", "PostgreSQL" }
  for i, layer in ipairs(layers) do
    t.expect(route(t, layer), "request " .. i .. " answered at " .. layer)
    t.advance(); t.wait(30)
  end
  t.walk_to("review table"); t.press("confirm"); t.advance()
  t.expect(t.answer(1), "one SECRET_KEY for all three servers")
  t.expect(t.exercise().kind == "sort", "then who does each job")
  t.expect(t.solve(), "sorted")
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  for _, skill in ipairs({ "wsgi_asgi", "reverse_proxy" }) do
    t.expect(t.has_skill(skill), "the design review earns " .. skill)
  end
  t.expect(t.xp() - xp0 == 80 + 6 * 10 + 4 * 10, "xp: the level, six answers, four requests: " .. t.xp() - xp0)
  t.expect(t.error() == nil, "no script errors")
end)
