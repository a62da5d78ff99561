-- tests/lua/systems_test.lua: the architecture simulator (scripts/lib/systems.lua)
-- on its own, run by the stand-alone interpreter: lua5.4 systems_test.lua ROOT.
-- Each check names a design, a scenario and the number the model must give;
-- the numbers follow from the model's rules (see the file's head), so a change
-- to a rule or a component's figures shows up here first.
local root = arg[1] or "."
local systems = dofile(root .. "/scripts/lib/systems.lua")

local failed, passed = 0, 0
local function check(ok, what)
  if ok then passed = passed + 1 else failed = failed + 1; print("FAIL " .. what) end
end

local SPIKE = { rps = 12000, static = 0.4, reads = 0.45, writes = 0.15, minutes = 60 }
local function normal(event)
  return { rps = 800, static = 0.4, reads = 0.45, writes = 0.15, minutes = 60, event = event }
end
local GOOD = { "cdn", "load_balancer", "app", "app", "app", "app", "cache", "database", "replica",
               "queue", "monitoring", "secrets", "canary" }
local function without(list, id)
  local out, dropped = {}, false
  for _, v in ipairs(list) do
    if v == id and not dropped then dropped = true else out[#out + 1] = v end
  end
  return out
end
local function with(list, id)
  local out = { table.unpack(list) }
  out[#out + 1] = id
  return out
end

-- The bill adds the components' costs; unknown ids cost nothing and do nothing.
check(systems.cost(GOOD) == 2170, "the good design costs $2,170, got " .. systems.cost(GOOD))
check(systems.cost({ "app", "teleporter" }) == 150, "an unknown component is ignored")

-- Same design, same scenario: the same numbers (no randomness, no clock).
local a, b = systems.simulate(GOOD, SPIKE), systems.simulate(GOOD, SPIKE)
check(a.latency == b.latency and a.errors == b.errors, "deterministic")

-- The good design at the spike: 7,200 req/s reach 4 app servers (72% busy:
-- 30 / 0.28 = 107 ms), orders through the queue (5 ms), reads on the replica.
check(a.latency == 123, "good design p95 at the spike is 123 ms, got " .. a.latency)
check(a.errors == 0 and a.oversold == 0, "nothing refused, nothing sold twice")

-- Three app servers: 96% busy, capped at 95%: 600 ms, and nothing refused yet.
local r = systems.simulate(without(GOOD, "app"), SPIKE)
check(r.latency > 600 and r.errors == 0, "three app servers: latency climbs first, got " .. r.latency)
check(r.bottleneck == "app", "and the app tier is named the bottleneck")

-- No load balancer: one app server takes the 7,200 req/s, 65% of them refused.
r = systems.simulate(without(GOOD, "load_balancer"), SPIKE)
check(math.abs(r.errors - (7200 - 2500) / 12000) < 1e-9, "no load balancer: 39% refused, got " .. r.errors)
check(r.why[1]:find("only one"), "and the reason says only one server gets traffic")

-- No CDN: all 12,000 req/s reach the four servers: 2,000 of them refused.
r = systems.simulate(without(GOOD, "cdn"), SPIKE)
check(math.abs(r.errors - 2000 / 12000) < 1e-9, "no CDN: 16.7% refused, got " .. r.errors)

-- No queue: 1,800 orders/s on a primary of 2,000 (90%: 100 ms) behind 107 ms.
r = systems.simulate(without(GOOD, "queue"), SPIKE)
check(r.latency == 207, "no queue: 207 ms, got " .. r.latency)

-- No cache and two replicas: 5,400 reads/s on 6,000 of capacity (90%).
r = systems.simulate(with(without(GOOD, "cache"), "replica"), SPIKE)
check(r.latency == 207 and r.cost == 2450, "no cache, two replicas: 207 ms for $2,450")

-- An eventually consistent store sells seats twice: 1,800 x 3,600 x 0.2%.
local nosql = with(without(without(GOOD, "database"), "replica"), "nosql")
r = systems.simulate(nosql, SPIKE)
check(r.oversold == 12960, "NoSQL: 12,960 seats sold twice, got " .. r.oversold)

-- The database dies: a watched replica is promoted in 1 minute; unwatched
-- in 20; with no replica, a restore from backup takes 120.
check(systems.simulate(GOOD, normal("db_failure")).outage == 1, "failover in a minute")
check(systems.simulate(without(GOOD, "monitoring"), normal("db_failure")).outage == 20,
      "nobody paged: 20 minutes")
r = systems.simulate(without(GOOD, "replica"), normal("db_failure"))
check(r.outage == 120 and r.errors > 0.5, "no replica: two hours from backup, most requests fail")

-- A bad deploy: the canary limits it to 5% for 5 minutes (0.4% of the hour);
-- without a canary everyone gets it until the alert (15 min) or the customers (45).
r = systems.simulate(GOOD, normal("bad_deploy"))
check(math.abs(r.errors - 0.05 * 5 / 60) < 1e-9 and r.outage == 0, "canary: 0.4% of the hour")
r = systems.simulate(without(GOOD, "canary"), normal("bad_deploy"))
check(r.outage == 15 and math.abs(r.errors - 0.25) < 1e-9, "no canary: a quarter of the hour fails")

-- A leaked key: rotated in 10 minutes, 240 unwatched, three days from code.
check(systems.simulate(GOOD, normal("leaked_key")).exposure == 10, "rotated in 10 minutes")
check(systems.simulate(without(GOOD, "secrets"), normal("leaked_key")).exposure == 4320,
      "a key in the code lives three days")

-- Nothing at all: every request fails, and the model does not divide by zero.
r = systems.simulate({}, SPIKE)
check(r.errors == 1, "an empty design fails every request")

-- A level's own catalogue: components are data.
local cat = { app = { name = "Worker", cost = 10, capacity = 100, latency = 10 },
              database = { name = "DB", cost = 5, capacity = 1000, latency = 1, consistent = true } }
r = systems.simulate({ "app", "database" }, { rps = 50, reads = 0.5, writes = 0.5 }, cat)
check(r.cost == 15 and r.errors == 0 and r.latency == 21, "a custom catalogue: 10/(1-0.5) + 1/(1-0.05) = 21 ms")

-- Requirements, checked in order, and numbers in words.
local rows, all = systems.check({ spike = a }, {
  { scenario = "spike", measure = "latency", max = 200 },
  { scenario = "spike", measure = "cost", max = 2000 },
  { scenario = "missing", measure = "errors", max = 1 },
})
check(rows[1].ok and not rows[2].ok and not rows[3].ok and not all, "check: in order, a missing scenario fails")
check(systems.format("cost", 2170) == "$2,170" and systems.format("errors", 0.0733) == "7.3%"
      and systems.format("oversold", 1) == "1 seat" and systems.format("latency", 122.6) == "123 ms",
      "numbers in words")

print(passed .. " passed, " .. failed .. " failed")
os.exit(failed == 0 and 0 or 1)
