-- Level tests for 01_the_board.lua: run with `skillquest --test levels/architect/`.

-- The design that holds every requirement within the budget (one of several).
local GOOD = {
  { "CDN", "board 1" }, { "load balancer", "board 2" }, { "app server 1", "board 3" },
  { "app server 2", "board 4" }, { "app server 3", "board 5" }, { "app server 4", "board 6" },
  { "cache", "board 7" }, { "database", "board 8" }, { "read replica 1", "board 9" },
  { "queue", "board 10" }, { "monitoring", "board 11" }, { "secrets manager", "board 12" },
  { "canary deploys", "board 13" },
}

local function place(t, component, spot)
  t.walk_to(component); t.press("confirm")
  t.walk_to(spot); t.press("confirm")
end

local function run(t)
  t.walk_to("scenario runner"); t.press("confirm")
  return t.text() or ""
end

-- The lobby: Elena, the orb, the load notes, answered right.
local function into_office(t)
  t.walk_to("Elena"); t.press("confirm"); t.advance()
  t.walk_to("scalability orb"); t.advance()
  t.walk_to("load notes"); t.press("confirm"); t.advance()
  while t.exercise() do t.solve() end
  t.expect(t.has_skill("scalability"), "scalability held")
  t.walk_to("Yusuf"); t.press("confirm"); t.advance()
end

test("the gate waits for scalability; a wrong order is explained and held back", function(t)
  t.load("01_the_board.lua")
  t.grant("python"); t.grant("http") -- what the portal asks for
  t.expect(t.error() == nil, "no level error")
  t.expect(t.text():find("Elena"), "the brief names Elena")
  t.advance()
  t.walk_to("scalability orb"); t.advance()
  t.expect(t.learning("scalability"), "the orb teaches: learning")
  t.walk_to("load notes"); t.press("confirm"); t.advance()
  t.expect(t.exercise().kind == "order", "the notes ask for the order of the work")
  t.expect(not t.solve(false), "out of order on purpose")
  t.expect(t.exercise() and t.exercise().kind == "choice", "then the sessions scenario")
  t.expect(not t.solve(false), "sticky sessions, on purpose")
  t.expect(not t.has_skill("scalability"), "two misses: not held")
  t.expect(not pcall(t.walk_to, "Yusuf"), "the office gate stays shut")
end)

test("the runner measures a design and names what breaks", function(t)
  t.load("01_the_board.lua")
  t.grant("python"); t.grant("http") -- what the portal asks for
  t.advance()
  into_office(t)
  t.expect(run(t):find("board is empty"), "an empty board is said so")
  t.advance()
  place(t, "app server 1", "board 1")
  place(t, "database", "board 2")
  local said = run(t)
  t.expect(said:find("p95 at ten"), "one app server and a database: the spike breaks them: " .. said)
  t.advance()
  place(t, "NoSQL store", "board 3")
  t.walk_to("board 2"); t.press("confirm") -- the database comes off the board
  t.walk_to("board 14"); t.press("confirm")
  t.walk_to("board 2"); t.press("confirm") -- and back: the board holds it again
  t.expect(t.error() == nil, "no script errors")
end)

test("the whole level: a design that holds opens the exit", function(t)
  t.load("01_the_board.lua")
  t.grant("python"); t.grant("http") -- what the portal asks for
  t.advance()
  into_office(t)
  t.walk_to("system design orb"); t.advance()
  t.walk_to("design notes"); t.press("confirm"); t.advance()
  t.expect(t.exercise().kind == "sort", "the design notes: a need for each component")
  t.expect(t.solve(), "cache, queue, replica")
  t.expect(t.exercise().kind == "fill", "the capacity arithmetic")
  t.expect(not t.solve(false), "three app servers, wrong on purpose: 96% busy")
  t.expect(t.has_skill("system_design"), "system design held")
  for i = 1, #GOOD - 1 do place(t, GOOD[i][1], GOOD[i][2]) end
  local said = run(t)
  t.expect(said:find("Bad deploy"), "no canary yet: a bad deploy reaches everyone: " .. said)
  t.advance()
  t.expect(not t.goals_met(), "not yet")
  place(t, GOOD[#GOOD][1], GOOD[#GOOD][2])
  said = run(t)
  t.expect(said:find("Every requirement holds"), "the design holds: " .. said)
  t.advance()
  t.expect(t.exercise() and t.exercise().id == "arch_design_2", "the NoSQL proposal follows")
  t.expect(t.solve(), "keep seats on the transactional database")
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
