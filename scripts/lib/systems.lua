-- scripts/lib/systems.lua: the architecture simulator, a shared module any
-- level loads with sq.module("systems"). A design is a list of component ids
-- (what the player placed on a board); a scenario is traffic and, perhaps, an
-- event (a database failing, a leaked key, a bad deploy). simulate() returns
-- what a monitoring dashboard would show, in numbers: p95 latency, the share
-- of requests that failed, the monthly bill, tickets sold twice, minutes of
-- outage, how long a leaked key stayed usable; and in words, why.
--
-- The model is deliberately small and deterministic (no randomness, no
-- clock): the same design and scenario always give the same numbers, so a
-- level's test can rely on them. Every number lives in the tables below and
-- a level may pass its own catalogue: components are data, not code.
--   * A tier at utilisation u waits base / (1 - u) (u capped at 0.95): a
--     queueing model's shape, where latency climbs steeply near capacity.
--   * Past capacity, the excess is refused: errors = 1 - capacity / load.
--   * A CDN takes the static share of the traffic; a cache the share of
--     reads it hits; replicas take reads off the primary; a queue takes
--     writes off the request path (accepted at once, applied at the
--     database's pace); without a load balancer only one app server is used.
--   * An eventually consistent store sells a seat twice whenever two buyers
--     race for it: a fixed share of concurrent writes.
local M = {}

M.components = {
  cdn = { name = "CDN", cost = 300, what = "serves static files from the edge" },
  load_balancer = { name = "Load balancer", cost = 40,
                    what = "spreads requests over app servers, skips unhealthy ones" },
  app = { name = "App server", cost = 150, capacity = 2500, latency = 30,
          what = "stateless: any server can take any request" },
  cache = { name = "Cache", cost = 120, hit = 0.8, latency = 1,
            what = "keeps hot reads (event pages, seat maps) in memory" },
  database = { name = "Database", cost = 500, capacity = 2000, latency = 10, consistent = true,
               what = "one primary with transactions: a seat is sold once" },
  replica = { name = "Read replica", cost = 400, capacity = 3000, latency = 10,
              what = "a copy of the primary that takes reads and can be promoted" },
  queue = { name = "Queue", cost = 60, latency = 5,
            what = "takes bursts of orders and lets workers apply them steadily" },
  monitoring = { name = "Monitoring", cost = 100, what = "metrics, alerts and traces: someone is told" },
  secrets = { name = "Secrets manager", cost = 30, what = "keys out of the code, rotated on demand" },
  canary = { name = "Canary deploys", cost = 20, what = "new code reaches 5% of traffic first" },
  nosql = { name = "Multi-region NoSQL", cost = 250, capacity = 20000, latency = 5, consistent = false,
            what = "huge write capacity, eventually consistent" },
}

-- What the events cost in minutes, by what the design has to meet them.
M.events = {
  -- The primary database dies.
  db_failure = { promote_watched = 1, promote_unwatched = 20, restore_backup = 120 },
  -- An API key is found in a public repository.
  leaked_key = { rotate_watched = 10, rotate_unwatched = 240, in_code = 4320 },
  -- A release breaks checkout for everyone it reaches.
  bad_deploy = { canary_share = 0.05, canary_rollback = 5, canary_unwatched = 30,
                 alert_rollback = 15, customers_report = 45 },
  -- Share of concurrent writes that race for the same seat.
  race_share = 0.002,
}

local function count(design, catalogue)
  local n = {}
  for _, id in ipairs(design) do
    if catalogue[id] then n[id] = (n[id] or 0) + 1 end
  end
  return n
end

local function wait(base, u)
  if u > 0.95 then u = 0.95 end
  return base / (1 - u)
end

local function refused(load, capacity)
  if capacity <= 0 then return load > 0 and 1 or 0 end
  return load > capacity and 1 - capacity / load or 0
end

-- The monthly bill of a design.
function M.cost(design, catalogue)
  catalogue = catalogue or M.components
  local total = 0
  for _, id in ipairs(design) do
    local c = catalogue[id]
    if c then total = total + (c.cost or 0) end
  end
  return total
end

-- Runs one scenario: { rps, static, reads, writes (shares of rps), minutes,
-- event = nil | "db_failure" | "leaked_key" | "bad_deploy" }. Returns
-- { latency (ms, p95), errors (0..1), cost, oversold, outage, exposure,
--   bottleneck (a component id or nil), why = { lines } }.
function M.simulate(design, scenario, catalogue, events)
  catalogue = catalogue or M.components
  events = events or M.events
  local n = count(design, catalogue)
  local C = catalogue
  local r = {
    latency = 0, errors = 0, cost = M.cost(design, catalogue), oversold = 0,
    outage = 0, exposure = 0, why = {},
  }
  local function say(text) r.why[#r.why + 1] = text end
  local rps, minutes = scenario.rps or 0, scenario.minutes or 60

  -- Edge: the CDN answers the static share.
  local origin = rps
  if (n.cdn or 0) > 0 then origin = rps * (1 - (scenario.static or 0)) end
  local share = rps > 0 and origin / rps or 0
  local reads = rps * (scenario.reads or 0)
  local writes = rps * (scenario.writes or 0)

  -- App tier.
  local apps = n.app or 0
  if apps > 1 and (n.load_balancer or 0) == 0 then
    say("Without a load balancer only one of the " .. apps .. " app servers gets traffic.")
    apps = 1
  end
  local app_cap = apps * (C.app and C.app.capacity or 0)
  local app_u = app_cap > 0 and origin / app_cap or 1
  local failed = origin * refused(origin, app_cap)
  if apps == 0 then say("No app server: nothing answers.") end
  local app_wait = wait(C.app and C.app.latency or 30, app_u)
  local bottleneck, worst = "app", app_u

  -- The store: a consistent database if there is one, else the NoSQL store.
  local store = (n.database or 0) > 0 and "database" or ((n.nosql or 0) > 0 and "nosql" or nil)
  local db_reads = reads
  if (n.cache or 0) > 0 then db_reads = reads * (1 - (C.cache.hit or 0)) end
  local read_wait, write_wait = 0, 0
  if not store then
    say("No database: orders have nowhere to go.")
    failed = failed + reads + writes
  else
    local s = C[store]
    local replicas = store == "database" and (n.replica or 0) or 0
    local primary_load = writes + (replicas == 0 and db_reads or 0)
    if (n.queue or 0) > 0 then
      -- Orders wait in the queue; the primary applies them at its pace.
      primary_load = primary_load - writes + math.min(writes, s.capacity * 0.9)
      write_wait = C.queue.latency or 5
    end
    local primary_u = primary_load / s.capacity
    if primary_u > worst then bottleneck, worst = store, primary_u end
    failed = failed + primary_load * refused(primary_load, s.capacity)
    if (n.queue or 0) == 0 then write_wait = wait(s.latency, primary_u) end
    if replicas > 0 then
      local replica_cap = replicas * C.replica.capacity
      local replica_u = db_reads / replica_cap
      if replica_u > worst then bottleneck, worst = "replica", replica_u end
      failed = failed + db_reads * refused(db_reads, replica_cap)
      read_wait = wait(C.replica.latency, replica_u)
    else
      read_wait = wait(s.latency, primary_u)
    end
    if (n.cache or 0) > 0 and C.cache.hit then
      -- p95 follows the misses once more than 5% of reads miss.
      if 1 - C.cache.hit <= 0.05 then read_wait = C.cache.latency end
    end
    if not s.consistent then
      r.oversold = math.floor(writes * 60 * minutes * events.race_share + 0.5)
      if r.oversold > 0 then
        say(s.name .. " is eventually consistent: " .. r.oversold
          .. " seats were sold twice when buyers raced.")
      end
    end
  end
  r.errors = rps > 0 and math.min(1, failed / rps) or 0
  r.latency = math.floor(app_wait + math.max(read_wait, write_wait) + 0.5)
  if worst >= 0.85 then
    r.bottleneck = bottleneck
    say((C[bottleneck] and C[bottleneck].name or bottleneck) .. " runs at "
      .. math.floor(math.min(worst, 9.99) * 100 + 0.5) .. "% of its capacity.")
  end
  if (n.cdn or 0) == 0 and (scenario.static or 0) > 0 then
    say("Without a CDN, static files take " .. math.floor((scenario.static or 0) * 100 + 0.5)
      .. "% of the app servers' work.")
  end

  -- Events.
  local watched = (n.monitoring or 0) > 0
  local event = scenario.event
  if event == "db_failure" then
    local e = events.db_failure
    if (n.replica or 0) > 0 and store == "database" then
      r.outage = watched and e.promote_watched or e.promote_unwatched
      say(watched and "Monitoring paged on-call: a replica was promoted in " .. r.outage .. " min."
        or "Nobody was alerted: a customer's tweet started the failover after " .. r.outage .. " min.")
    elseif store == "database" then
      r.outage = e.restore_backup
      say("No replica: the database was restored from last night's backup in " .. r.outage .. " min.")
    end
    r.errors = math.min(1, r.errors + (1 - r.errors) * r.outage / minutes * share)
  elseif event == "leaked_key" then
    local e = events.leaked_key
    if (n.secrets or 0) > 0 then
      r.exposure = watched and e.rotate_watched or e.rotate_unwatched
      say(watched and "An alert on unusual use: the key was rotated in " .. r.exposure .. " min."
        or "The key was rotated at the next scheduled check, " .. r.exposure .. " min later.")
    else
      r.exposure = e.in_code
      say("The key lives in the code: changing it means a release; it stayed usable for "
        .. r.exposure // 60 .. " hours.")
    end
  elseif event == "bad_deploy" then
    local e = events.bad_deploy
    local hit, lasted
    if (n.canary or 0) > 0 then
      hit, lasted = e.canary_share, watched and e.canary_rollback or e.canary_unwatched
      say("The canary took 5% of traffic; rolled back after " .. lasted .. " min.")
    else
      hit, lasted = 1, watched and e.alert_rollback or e.customers_report
      say("Everyone got the bad release; rolled back after " .. lasted .. " min"
        .. (watched and ", when the error alert fired." or ", when customers complained."))
    end
    r.outage = hit >= 1 and lasted or 0
    r.errors = math.min(1, r.errors + (1 - r.errors) * hit * lasted / minutes)
  end
  return r
end

-- Checks results against requirements. requirements is a list of
-- { scenario = name, measure = "latency"|"errors"|"cost"|"oversold"|"outage"|"exposure",
--   max = number, text = "what the panel says" }; results maps scenario
-- names to simulate()'s results. Returns a list of { ok, value, req } in
-- the requirements' order, and whether every one holds.
function M.check(results, requirements)
  local out, all = {}, true
  for _, req in ipairs(requirements) do
    local res = results[req.scenario]
    local value = res and res[req.measure] or math.huge
    local ok = value <= req.max
    all = all and ok
    out[#out + 1] = { ok = ok, value = value, req = req }
  end
  return out, all
end

-- A measure in words: "180 ms", "0.4%", "$2,020", "3 seats", "20 min".
function M.format(measure, value)
  if value == math.huge then return "-" end
  if measure == "latency" then return math.floor(value + 0.5) .. " ms" end
  if measure == "errors" then
    local tenths = math.floor(value * 1000 + 0.5)
    return tenths // 10 .. "." .. tenths % 10 .. "%"
  end
  if measure == "cost" then
    local v = math.floor(value + 0.5)
    local text = tostring(v % 1000)
    if v >= 1000 then text = (v // 1000) .. "," .. string.format("%03d", v % 1000) end
    return "$" .. text
  end
  if measure == "oversold" then return value .. (value == 1 and " seat" or " seats") end
  return math.floor(value + 0.5) .. " min"
end

return M
