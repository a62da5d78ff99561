-- Level tests for 01_front_desk.lua: run with `skillquest --test levels/apis/`.

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

local ANSWERS = { { "card 201", "counter 1" }, { "card 204", "counter 2" }, { "card 404", "counter 3" },
                  { "card 400", "counter 4" }, { "card 422", "counter 5" }, { "card 401", "counter 6" },
                  { "card 403", "counter 7" }, { "card 409", "counter 8" } }

test("a wrong status card is refused with what its code means", function(t)
  t.load("01_front_desk.lua")
  t.expect(t.error() == nil, "no level error")
  t.grant("http"); t.grant("json") -- what opens the portal
  t.advance()
  carry(t, "card 401", "counter 7")
  t.expect(t.toast() and t.toast():find("no valid credentials"), "401 is refused at the reader's DELETE: " .. tostring(t.toast()))
  t.expect(t.label("card 401") == "401", "the card is still in hand")
  t.walk_to("counter 6"); t.press("confirm")
  t.expect(t.label("counter 6"):find("401"), "401 answers the request without a token")
  t.expect((t.label("card 401") or "") == "", "and the card sits on the counter")
  t.walk_to("counter 6"); t.press("confirm")
  t.expect(t.label("counter 6") == "GET\nno token", "taken back, the counter waits again")
  t.expect(t.error() == nil, "no script errors")
end)

test("the whole level can be played to the exit, with a miss on the way", function(t)
  t.load("01_front_desk.lua")
  t.grant("http"); t.grant("json") -- what opens the portal
  t.advance()
  if not t.has_skill("rest_apis") then
    t.walk_to("Amara"); t.press("confirm"); t.advance()
    t.expect(not t.exercise(), "Amara asks nothing before REST is taught")
    t.walk_to("rest orb"); t.advance()
    t.expect(t.learning("rest_apis"), "the orb teaches REST APIs")
    t.walk_to("Amara"); t.press("confirm"); t.advance()
    t.expect(t.exercise() and t.exercise().id == "apis_rest_2", "now Amara asks about the URL")
  else -- a career (levels/campaign.test.lua): the Web quest taught REST already
    t.walk_to("rest orb"); t.advance()
    t.walk_to("Amara"); t.press("confirm"); t.advance()
  end
  solve_all(t)
  t.expect(t.has_skill("rest_apis"), "REST APIs held")
  t.walk_to("method board"); t.press("confirm"); t.advance(); solve_all(t)
  local xp = t.xp()
  for _, a in ipairs(ANSWERS) do carry(t, a[1], a[2]) end
  t.wait(60)
  t.expect(t.text() and t.text():find("most specific code"), "Amara: all eight answered")
  t.advance()
  t.expect(t.xp() == xp + 30, "the desk earns 30 XP")
  t.walk_to("design orb"); t.advance()
  t.walk_to("status wall"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().kind == "sort", "the status wall sorts codes")
  t.expect(not t.solve(false), "a wrong sort, on purpose")
  t.advance()
  t.expect(t.learning("api_design"), "still learning API design after the miss")
  t.walk_to("pagination note"); t.press("confirm"); t.advance(); solve_all(t)
  t.expect(t.has_skill("api_design"), "API design held")
  t.walk_to("changelog"); t.press("confirm"); t.advance(); solve_all(t)
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
