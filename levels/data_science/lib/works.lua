-- levels/data_science/lib/works.lua: the rules of the Data Works, shared by
-- the Data Science quest's levels (sq.module("works")). Pure simulations
-- first (fixed data, no randomness: the numbers the levels show), then the
-- small helpers the levels' tokens and pads use. The level tests check the
-- numbers through what the player sees.
local M = {}

---------------------------------------------------------------------------
-- Level 1: the Latency Board. 100 request times in ms, made by formula.
---------------------------------------------------------------------------
function M.latencies()
  local ms = {}
  for i = 1, 100 do ms[i] = 80 + (i * 37) % 61 end -- 80..140 ms
  ms[17], ms[58], ms[91] = 900, 1200, 4000         -- three slow ones
  return ms
end

-- numpy.percentile's default method ("linear"): position q/100 * (n - 1).
function M.percentile(xs, q)
  local s = {}
  for i, v in ipairs(xs) do s[i] = v end
  table.sort(s)
  local pos = (q / 100) * (#s - 1)
  local lo = math.floor(pos)
  local a, b = s[lo + 1], s[math.min(lo + 2, #s)]
  return a + (pos - lo) * (b - a)
end

function M.stats(xs)
  local sum, mx = 0, -math.huge
  for _, v in ipairs(xs) do
    sum = sum + v
    if v > mx then mx = v end
  end
  return { mean = sum / #xs, median = M.percentile(xs, 50), p99 = M.percentile(xs, 99), max = mx }
end

-- Which statistic answers which question on the board: the pad's `need`
-- and the token's `stat`. The mean is only accepted for the alert, where
-- it is named for what it is.
M.board = {
  slo = { stat = "p99", why = "The SLO reads \"99% of requests under 300 ms\": that is the 99th percentile." },
  dashboard = { stat = "median", why = "\"A typical request\" is the median: half are faster, half slower." },
  debug = { stat = "max", why = "To find the one 4-second request, look at the maximum." },
  alert = { stat = "mean", why = "The mean jumps when a few requests are very slow: alert on it, but say so." },
}

---------------------------------------------------------------------------
-- Level 2: the Pipeline Hall. orders.csv as read_csv reads it: "" is NaN,
-- "pending" is not in read_csv's NA list, so the column stays text.
---------------------------------------------------------------------------
M.customers = { [1] = "North", [2] = "South", [3] = "East", [4] = "West" }
M.orders = {
  { id = 101, cust = 1, amount = "20.00" },
  { id = 102, cust = 2, amount = "35.50" },
  { id = 102, cust = 2, amount = "35.50" },   -- an exact duplicate row
  { id = 103, cust = 3, amount = "12.00" },
  { id = 104, cust = 3, amount = "" },        -- missing
  { id = 105, cust = 4, amount = "48.00" },
  { id = 106, cust = 1, amount = "15.50" },
  { id = 107, cust = 9, amount = "30.00" },   -- customer 9 is unknown
  { id = 108, cust = 4, amount = "pending" }, -- text, not a number
  { id = 109, cust = 2, amount = "22.00" },
}
M.regions = { "North", "South", "East", "West", "NaN" }
-- Finance's ledger: 7 real orders, 183.00, with the unknown customer's
-- order reported on its own line (pandas names the missing region NaN).
M.finance = { orders = 7, revenue = 183.00,
  by_region = { North = 35.5, South = 57.5, East = 12.0, West = 48.0, NaN = 30.0 } }

-- clean: a set of ops (dedupe, to_numeric, dropna, fillna0); join: "left",
-- "inner" or nil; group: { agg = "sum"|"mean", dropna = bool } or nil.
-- Returns the result and each row's fate: where it stopped (clean, join,
-- group, report) and how (ok, gone, flag).
function M.hall(clean, join, group)
  local r = { rows_in = #M.orders, fates = {}, groups = {} }
  local rows = {}
  for i, o in ipairs(M.orders) do
    rows[#rows + 1] = { i = i, id = o.id, cust = o.cust, amount = o.amount ~= "" and o.amount or nil }
  end
  local function fate(row, where, how) r.fates[row.i] = { where = where, how = how } end
  local function keep(list, pred, where, how)
    local out = {}
    for _, o in ipairs(list) do
      if pred(o) then out[#out + 1] = o else fate(o, where, how) end
    end
    return out
  end
  if clean.dedupe then
    local seen = {}
    rows = keep(rows, function(o)
      local key = o.id .. "|" .. o.cust .. "|" .. tostring(o.amount)
      if seen[key] then return false end
      seen[key] = true
      return true
    end, "clean", "gone")
  end
  r.duplicates = 0
  local ids = {}
  for _, o in ipairs(rows) do
    if ids[o.id] then r.duplicates = r.duplicates + 1 end
    ids[o.id] = true
  end
  if clean.to_numeric then -- errors="coerce": text that is no number becomes NaN
    for _, o in ipairs(rows) do o.amount = o.amount and tonumber(o.amount) or nil end
  end
  r.numeric = clean.to_numeric and true or false
  r.nan = 0
  for _, o in ipairs(rows) do
    if o.amount == nil then r.nan = r.nan + 1 end
  end
  r.filled = 0
  if clean.dropna then
    rows = keep(rows, function(o) return o.amount ~= nil end, "clean", "gone")
  elseif clean.fillna0 then
    for _, o in ipairs(rows) do
      if o.amount == nil then
        o.amount, o.flag = 0, true
        r.filled = r.filled + 1
      end
    end
  end
  r.rows_clean = #rows
  r.unknown = 0
  for _, o in ipairs(rows) do
    if not M.customers[o.cust] then r.unknown = r.unknown + 1 end
  end
  if not join then
    for _, o in ipairs(rows) do fate(o, "join", "wait") end
    r.rows_joined, r.rows_grouped, r.stop = 0, 0, "join"
    return M.ledger(r, group)
  end
  if join == "inner" then
    rows = keep(rows, function(o) return M.customers[o.cust] ~= nil end, "join", "gone")
  end
  for _, o in ipairs(rows) do
    o.region = M.customers[o.cust]
    if not o.region then o.flag = true end
  end
  r.rows_joined = #rows
  if not group or not r.numeric then
    for _, o in ipairs(rows) do fate(o, "group", "wait") end
    r.rows_grouped = 0
    r.stop = group and "text" or "group"
    return M.ledger(r, group)
  end
  if group.dropna then -- pandas' default: rows whose key is NaN are left out
    rows = keep(rows, function(o) return o.region ~= nil end, "group", "gone")
  end
  local acc = {}
  for _, o in ipairs(rows) do
    local key = o.region or "NaN"
    local g = acc[key] or { sum = 0, n = 0 }
    g.sum, g.n = g.sum + o.amount, g.n + 1
    acc[key] = g
    fate(o, "report", o.flag and "flag" or "ok")
  end
  for key, g in pairs(acc) do
    r.groups[key] = group.agg == "mean" and g.sum / g.n or g.sum
  end
  r.rows_grouped = #rows
  return M.ledger(r, group)
end

-- Compares the result with finance's ledger.
function M.ledger(r, group)
  local total, ok = 0, group ~= nil and group.agg == "sum" and r.rows_grouped > 0
  for key, v in pairs(r.groups) do
    total = total + v
    if math.abs((M.finance.by_region[key] or -1) - v) > 0.005 then ok = false end
  end
  for key in pairs(M.finance.by_region) do
    if not r.groups[key] then ok = false end
  end
  r.total = total
  r.match = ok and r.rows_grouped == M.finance.orders
  return r
end

---------------------------------------------------------------------------
-- Level 3: the Model Bench. Scenario numbers shaped like a real churn
-- model: the bench shows them, it trains nothing.
---------------------------------------------------------------------------
function M.bench(t)
  if not t.split then
    return { val = "n/a", live = "n/a", note = "no test set to judge with", tone = "warn" }
  end
  if not t.features then
    return { val = "n/a", live = "n/a", note = "no features yet", tone = "warn" }
  end
  if not t.model then
    return { val = "n/a", live = "n/a", note = "no estimator yet", tone = "warn" }
  end
  if t.model == "kmeans" then
    return { val = "n/a", live = "n/a", note = "KMeans ignores the labels", tone = "bad" }
  end
  if t.features == "leak" then
    return { val = 0.99, live = 0.71, note = "refund_issued leaks churn", tone = "bad" }
  end
  if t.features == "dummies" then
    return { val = 0.84, live = "crash", note = "live data has country BR", tone = "bad" }
  end
  if t.features == "scale_all" then
    return { val = 0.85, live = 0.84, note = "scaler saw the test rows", tone = "warn" }
  end
  return { val = 0.84, live = 0.84, note = "an honest estimate", tone = "good" }
end

---------------------------------------------------------------------------
-- Level 4: the Error Gallery. 20 test customers: score and truth (1 churned).
---------------------------------------------------------------------------
M.customers20 = {
  { 0.95, 1 }, { 0.91, 1 }, { 0.84, 0 }, { 0.78, 1 }, { 0.71, 1 },
  { 0.66, 0 }, { 0.58, 0 }, { 0.52, 1 }, { 0.47, 0 }, { 0.41, 1 },
  { 0.36, 0 }, { 0.31, 0 }, { 0.27, 0 }, { 0.22, 0 }, { 0.18, 0 },
  { 0.15, 0 }, { 0.11, 0 }, { 0.08, 0 }, { 0.05, 0 }, { 0.02, 0 },
}

-- Which cell of the confusion matrix a customer lands in at a threshold.
function M.cell(row, threshold)
  local flagged, churned = row[1] >= threshold, row[2] == 1
  if flagged then return churned and "tp" or "fp" end
  return churned and "fn" or "tn"
end

function M.confusion(threshold)
  local c = { tp = 0, fp = 0, fn = 0, tn = 0 }
  for _, row in ipairs(M.customers20) do
    local k = M.cell(row, threshold)
    c[k] = c[k] + 1
  end
  c.precision = (c.tp + c.fp > 0) and c.tp / (c.tp + c.fp) or 0
  c.recall = c.tp / (c.tp + c.fn)
  c.accuracy = (c.tp + c.tn) / #M.customers20
  c.flagged = c.tp + c.fp
  return c
end

---------------------------------------------------------------------------
-- Level 5: Night Shift. Each night one upstream change happens; a check
-- placed at a gate where it can see that change catches it.
---------------------------------------------------------------------------
M.nights = {
  { what = "the app renamed amount to amount_cents", caught_by = { schema = true },
    missed = "JOIN failed with KeyError at 02:40; nobody was paged, the CRM kept last week's scores." },
  { what = "replica lag: only 60% of yesterday's rows", caught_by = { row_count = true, freshness = true },
    missed = "40% of customers got no score; the CRM marked them 'safe'." },
  { what = "the app stopped sending country", caught_by = { null_rate = true },
    missed = "the model saw country=NaN everywhere: 2,300 customers mis-flagged." },
  { what = "prices arrive in cents: 100 times larger", caught_by = { range = true, drift = true },
    missed = "every customer looked like a big spender: churn scores fell to near zero." },
  { what = "a promo week shifts churn scores", caught_by = { score_dist = true },
    missed = "retention phoned 600 happy promo customers instead of the ones leaving." },
}
M.checks = {
  schema = { cost = 1, gates = { g1 = true, g2 = true, g3 = true } },
  row_count = { cost = 1, gates = { g1 = true, g2 = true, g3 = true } },
  freshness = { cost = 1, gates = { g1 = true, g2 = true, g3 = true } },
  null_rate = { cost = 1, gates = { g1 = true, g2 = true, g3 = true } },
  range = { cost = 1, gates = { g1 = true, g2 = true, g3 = true } },
  drift = { cost = 2, gates = { g4 = true, g5 = true } },
  score_dist = { cost = 1, gates = { g5 = true } },
  join_rate = { cost = 1, gates = { g3 = true } },
}
M.budget = 6 -- pages a night the on-call engineer will still read

-- Can this check stand at this gate? false and why not.
function M.check_fits(check, gate)
  local c = M.checks[check]
  if c.gates[gate] then return true end
  if check == "score_dist" then return false, "No scores exist before MODEL: this check goes at G5." end
  if check == "drift" then return false, "Drift (PSI) compares features or scores: G4 or G5." end
  if check == "join_rate" then return false, "A join match rate exists only after the join: G3." end
  return false, "Check the raw data early, where it is cheapest to stop: G1 to G3."
end

function M.cost(placed)
  local n = 0
  for check in pairs(placed) do n = n + M.checks[check].cost end
  return n
end

-- Night i with the checks placed: caught (and by which check) or not.
function M.night(i, placed)
  for check in pairs(placed) do
    if M.nights[i].caught_by[check] then return true, check end
  end
  return false
end

---------------------------------------------------------------------------
-- Small helpers for the levels.
---------------------------------------------------------------------------
-- "35.50" from 35.5.
function M.money(v) return string.format("%.2f", v) end

-- Every token a level spawned, by id: its props (sq.entity has none).
M.tokens = {}
function M.remember(self) M.tokens[self.id] = self.props end

-- The prop `field` of whatever sits on each pad in the list, by pad key.
function M.read(pads, field)
  local out = {}
  for key, id in pairs(pads) do
    local token = sq.on_slot(id)
    out[key] = token and M.tokens[token] and M.tokens[token][field] or nil
  end
  return out
end

-- A newcomer who starts a level on its own (or a test) may lack what the
-- quest taught before it: the mentor teaches each missing prerequisite and
-- asks its warm-up (bank items), one at a time; on_answer calls this again.
-- A player who came through the quest holds them all and hears nothing.
-- True while something was asked.
M.warmups = {
  python = "ds_warm_python", numpy = "ds_warm_numpy", statistics = "ds_warm_statistics",
  pandas = "ds_warm_pandas", data_cleaning = "ds_warm_cleaning", ml_basics = "ds_warm_ml",
  scikit_learn = "ds_warm_sklearn", model_evaluation = "ds_warm_evaluation",
}
function M.refresh(skills)
  for _, skill in ipairs(skills) do
    if not sq.has_skill(skill) then
      if sq.grant(skill) then sq.ask(M.warmups[skill]) end
      return true
    end
  end
  return false
end

function M.is_warmup(id)
  for _, ex in pairs(M.warmups) do
    if ex == id then return true end
  end
  return false
end

-- People wear a look (docs/art.md) and turn to the player who talks to them.
function M.person(self)
  sq.set_sprite(self.id, "person_" .. self.props.look .. "_" .. (self.props.facing or "down"), 2, 36)
end

function M.face(self)
  local me, p = sq.entity(self.id), sq.player()
  if not me or not p then return end
  local dx, dy = p.x - me.x, p.y - me.y
  local facing
  if math.abs(dx) > math.abs(dy) then facing = dx < 0 and "left" or "right"
  else facing = dy < 0 and "up" or "down" end
  sq.set_sprite(self.id, "person_" .. self.props.look .. "_" .. facing, 2, 36)
end

return M
