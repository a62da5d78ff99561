-- levels/data_science/02_pipeline_hall.lua: the Data Science quest, level 2.
-- pandas and data cleaning, performed on the Pipeline Hall's belt: the
-- player carries operation tokens to the CLEAN, JOIN and GROUP pads, and
-- after every change the ten orders of orders.csv run through the pipeline
-- again (lib/works.lua, M.hall): each crate stops where its row stops, and
-- the readout compares revenue per region with finance's ledger.
-- Play order: Tomasz -> pandas orb and the read terminal (pandas held) ->
-- data cleaning orb and the CLEAN terminal -> tokens until the ledger
-- matches -> Kwame's question -> Tomasz's write-up -> exit.

local function works() return sq.module("works") end

-- The map, drawn by code so every row has the same width.
local W, H = 48, 19
local grid = {}
for y = 0, H - 1 do
  grid[y] = {}
  for x = 0, W - 1 do
    grid[y][x] = (x == 0 or y == 0 or x == W - 1 or y == H - 1) and "#" or "."
  end
end
local function put(x, y, c) grid[y][x] = c end
put(45, 0, "E")
put(2, 8, "@")
for _, p in ipairs({ { 1, 1 }, { 27, 1 }, { 46, 1 }, { 1, 17 }, { 46, 17 } }) do put(p[1], p[2], "P") end
local rows = {}
for y = 0, H - 1 do rows[#rows + 1] = table.concat(grid[y], "", 0, W - 1) end

-- Tokens: what each does to the data, by station.
local function token(x, y, station, op, label, short, colour)
  return { type = "op", x = x, y = y, name = label, station = station, op = op, label = label,
           short = short, sprite = "token_card_" .. colour }
end
local function pad(x, y, station, key, label)
  return { type = "pad", x = x, y = y, name = label, station = station, key = key, label = label }
end

-- Where the crates go: waiting on the belt before a station, in a station's
-- bin when the station drops their row, or at the report.
local STATION_X = { clean = 11, join = 23, group = 35 }
local SPRITE = { ok = "token_crate_green", flag = "token_crate_yellow", gone = "token_crate_red",
                 wait = "token_crate_blue" }

local function crate_spot(fate, k)
  if fate.where == "report" then return 38 + (k % 5) * 2, 16 + (k // 5) end
  local sx = STATION_X[fate.where]
  if fate.how == "gone" then return sx - 1 + (k % 3), 16 + (k // 3) end
  return sx - 2 - k, 14 -- waiting on the belt, a queue back to the west
end

local crates, pads = {}, {}
local matched = false

-- Runs the ten orders through whatever the pads hold and shows the result:
-- crates where their rows stop, the readout, and the goal when it matches.
local function run(extra_pad, extra_token)
  local W_ = works()
  local held = {}
  for key, id in pairs(pads) do
    local on = sq.on_slot(id)
    if id == extra_pad then on = extra_token end
    held[key] = on and W_.tokens[on] or nil
  end
  local clean = {}
  for _, key in ipairs({ "clean1", "clean2", "clean3" }) do
    if held[key] then clean[held[key].op] = true end
  end
  local join = held.join and held.join.op or nil
  local group = nil
  if held.group then
    group = { agg = held.group.op == "mean" and "mean" or "sum", dropna = held.group.op ~= "sum_keep" }
  end
  local r = W_.hall(clean, join, group)
  -- The crates.
  local count = {}
  for i, id in ipairs(crates) do
    local fate = r.fates[i] or { where = "clean", how = "gone" }
    local key = fate.where .. fate.how
    local k = count[key] or 0
    count[key] = k + 1
    local x, y = crate_spot(fate, k)
    sq.move(id, x, y)
    sq.set_sprite(id, SPRITE[fate.how])
  end
  -- The readout: counts, the first problem in words, the regions, the verdict.
  local diag
  if r.duplicates > 0 then diag = { "order 102 twice", tone = "warn" }
  elseif r.stop == "join" then diag = { "JOIN is empty", tone = "warn" }
  elseif r.stop == "text" then diag = { "amount is text", tone = "warn" }
  elseif r.stop == "group" then diag = { "GROUP is empty", tone = "warn" }
  elseif r.filled > 0 then diag = { r.filled .. " invented as 0", tone = "warn" }
  elseif r.nan > 0 and not clean.dropna then diag = { r.nan .. " NaN amounts", tone = "warn" }
  elseif join == "inner" then diag = { "inner lost 107", tone = "warn" }
  elseif group and group.dropna then diag = { "NaN key dropped", tone = "warn" }
  elseif group and group.agg == "mean" then diag = { "mean: not revenue", tone = "warn" }
  else diag = { "no problem found", tone = "good" } end
  local panel = { title = "Revenue by region",
    string.format("rows %d > %d > %d > %d", r.rows_in, r.rows_clean, r.rows_joined, r.rows_grouped),
    diag }
  for _, region in ipairs(W_.regions) do
    local v, want = r.groups[region], W_.finance.by_region[region]
    panel[#panel + 1] = { string.format("%-5s %6s of %s", region, v and W_.money(v) or "-",
      W_.money(want)), value = math.min(1, (v or 0) / 100), marker = want / 100,
      tone = v and math.abs(v - want) < 0.005 and "good" or nil }
  end
  if r.match then
    panel[#panel + 1] = { "MATCH 183.00 in 7", tone = "good" }
  else
    panel[#panel + 1] = { string.format("OFF %s in %d", W_.money(r.total), r.rows_grouped),
      tone = "warn" }
  end
  sq.panel(panel)
  matched = r.match
  if r.match then sq.goal("finance ledger") end
  return r
end

return {
  format = 1,
  id = "data_science.pipeline_hall",
  quest = "data_science",
  title = "Clean, Join, Group",
  music = "data_science_works",
  brief = "Finance's revenue report disagrees with the ledger by exactly 30.00. Carry pandas "
    .. "operations to the pads along the belt until the Pipeline Hall's report matches. Talk to "
    .. "Tomasz first; {hint} gives a hint.",
  requires = { "numpy" },

  map = {
    theme = "data",
    rows = rows,
  },

  objects = {
    token(6, 2, "clean", "dedupe", "drop_duplicates()", "dedupe", "blue"),
    token(6, 4, "clean", "to_numeric", "to_numeric(coerce)", "to_numeric", "blue"),
    token(6, 6, "clean", "dropna", "dropna(amount)", "dropna", "blue"),
    token(6, 8, "clean", "fillna0", "fillna(0)", "fillna(0)", "blue"),
    token(6, 10, "clean", "astype_int", "astype(int)", "astype(int)", "blue"),
    pad(11, 3, "clean", "clean1", "CLEAN 1"), pad(11, 7, "clean", "clean2", "CLEAN 2"),
    pad(11, 11, "clean", "clean3", "CLEAN 3"),
    token(18, 4, "join", "left", "merge(how=\"left\")", "left join", "green"),
    token(18, 8, "join", "inner", "merge(how=\"inner\")", "inner join", "green"),
    pad(23, 7, "join", "join", "JOIN"),
    token(30, 3, "group", "sum_keep", "sum, dropna=False", "sum, keep NaN", "yellow"),
    token(30, 6, "group", "sum_default", "sum (dropna default)", "sum", "yellow"),
    token(30, 9, "group", "mean", "mean (dropna default)", "mean", "yellow"),
    pad(35, 7, "group", "group", "GROUP"),
    { type = "person", x = 3, y = 3, name = "Tomasz", look = "tomasz", talk = "tomasz", ask = "ds_pandas_4" },
    { type = "person", x = 42, y = 6, name = "Kwame", look = "kwame", talk = "kwame", ask = "ds_data_cleaning_2" },
    { type = "sign", x = 1, y = 5, name = "orders.csv", speaker = "orders.csv (10 rows)",
      text = "101 c1 20.00, 102 c2 35.50 twice, 103 c3 12.00, 104 c3 empty, 105 c4 48.00, "
        .. "106 c1 15.50, 107 c9 30.00, 108 c4 pending, 109 c2 22.00. Customers: 1 North, "
        .. "2 South, 3 East, 4 West; no customer 9." },
    { type = "sign", x = 40, y = 3, name = "finance ledger", speaker = "Finance ledger (Kwame)",
      text = "7 orders, 183.00 in all. North 35.50, South 57.50, East 12.00, West 48.00, and "
        .. "30.00 from customer 9, who is not in customers.csv: reported on its own line (NaN)." },
    { type = "skill", x = 5, y = 11, name = "pandas orb", skill = "pandas" },
    { type = "terminal", x = 2, y = 12, name = "read terminal", quiz = "ds_pandas_1" },
    { type = "skill", x = 4, y = 16, name = "cleaning orb", skill = "data_cleaning" },
    { type = "terminal", x = 2, y = 16, name = "clean terminal", quiz = "ds_data_cleaning_4" },
    { type = "terminal", x = 21, y = 2, name = "join terminal", quiz = "ds_pandas_2" },
    { type = "prop", x = 13, y = 1, sprite = "data_shelf" },
    { type = "prop", x = 14, y = 1, sprite = "data_shelf" },
    { type = "prop", x = 25, y = 1, sprite = "data_whiteboard" },
    { type = "prop", x = 26, y = 1, sprite = "data_whiteboard" },
    { type = "prop", x = 39, y = 10, sprite = "data_pallet" },
    { type = "prop", x = 45, y = 9, sprite = "data_shelf" },
    { type = "prop", x = 45, y = 10, sprite = "data_shelf" },
  },

  behaviours = {
    -- An operation token: carried with {confirm}, its code shown above it.
    op = {
      sprite = "token_card_blue", solid = true, size = { 12, 10 }, offset = { -2, -6 },
      on_spawn = function(self)
        works().remember(self)
        sq.set_label(self.id, self.props.label)
      end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    -- A station's pad: takes the tokens of its station only.
    pad = {
      sprite = "slot", solid = true, slot = true, size = { 14, 12 }, offset = { -1, -4 },
      on_spawn = function(self)
        pads[self.props.key] = self.id
        sq.set_label(self.id, self.props.label .. "\nempty", true)
      end,
    },
    -- People: a look of their own, and what they say depends on the belt.
    person = {
      sprite = "mentor", frames = 2, rate = 30, solid = true, size = { 12, 10 }, offset = { -2, -6 },
      on_spawn = function(self) works().person(self) end,
      on_interact = function(self)
        works().face(self)
        local done = matched and "_done" or ""
        sq.dialogue(self.props.talk .. done)
        if matched and self.props.ask then sq.ask(self.props.ask) end
        if self.name == "Tomasz" then works().refresh({ "python", "numpy" }) end
        sq.goal(self.name)
      end,
    },
    -- The belt under the crates (walked over) and the crates (a row each).
    belt = { sprite = "data_conveyor", frames = 4, rate = 8, size = { 16, 16 }, offset = { 0, 0 } },
    crate = { sprite = "token_crate_blue", size = { 12, 10 }, offset = { -2, -6 } },
  },

  dialogue = {
    tomasz = {
      { "Tomasz, analytics engineer", "Tomasz. I own this hall. Every CSV lies; some just lie "
        .. "politely. Kwame's revenue report is off from the ledger by 30.00, and the belt is why." },
      "The crates on the belt are the ten rows of orders.csv. They run west to east through "
        .. "three stations: CLEAN, JOIN (adds each customer's region) and GROUP (adds up revenue).",
      "Carry an operation token ({confirm} next to it) to a pad of its station and {confirm} "
        .. "again. Every change re-runs the pipeline: read the panel, and watch where each crate stops.",
      "Green crates reach the report, yellow ones reach it with a problem, red ones were dropped "
        .. "on the way. {confirm} next to a filled pad takes its token back.",
      "First the tool: the pandas orb is just south of me, and the read terminal below it. "
        .. "Then the cleaning orb and the clean terminal, down by the CLEAN station.",
    },
    tomasz_done = {
      { "Tomasz, analytics engineer", "Matched to the cent. Now write down what you just "
        .. "built, in order, so the night job does the same thing every night." },
    },
    kwame = {
      { "Kwame, finance analyst", "Kwame, finance. I need one thing: the report matches my "
        .. "ledger to the cent. Mine says 183.00 from 7 orders, and customer 9's order on its own line." },
      "Your belt does not match yet. The panel shows each region beside my number.",
    },
    kwame_done = {
      { "Kwame, finance analyst", "183.00, 7 orders, and customer 9 on its own line. That "
        .. "matches. One question before I sign it off." },
    },
  },

  exercises = {
    ds_pandas_1 = { kind = "code", skill = "pandas", language = "python",
      prompt = "On pandas 3, the printed minimum is still negative. Which line fails to "
        .. "change orders?",
      code = [[
import pandas as pd

orders = pd.read_csv("orders.csv")
orders["amount"] = pd.to_numeric(
    orders["amount"], errors="coerce")
orders["amount"][orders["amount"] < 0] = 0
print(orders["amount"].min())
]],
      answer = 6,
      why = {
        [6] = "Chained assignment: orders[\"amount\"] is a temporary copy under Copy-on-Write, "
          .. "so the change is lost (pandas warns with ChainedAssignmentError).",
        [4] = "Assigning a whole new column with orders[\"amount\"] = ... works fine.",
        [3] = "read_csv loads the file; it does not decide whether later writes stick.",
      },
      explain = "Since pandas 3.0 Copy-on-Write is always on, so write in one step: "
        .. "orders.loc[orders[\"amount\"] < 0, \"amount\"] = 0." },

    ds_pandas_2 = { kind = "fill", skill = "pandas", language = "python",
      prompt = "Add each order's region. Keep orders whose customer is unknown, and fail "
        .. "loudly if customers.csv ever lists a customer twice.",
      code = "df = orders.merge(customers, on=\"customer_id\",\n"
        .. "                  how={1},\n"
        .. "                  validate={2})",
      blanks = {
        { options = { "\"left\"", "\"inner\"", "\"outer\"" }, answer = 1,
          why = { "A left join keeps every order; unknown customers get NaN in region.",
                  "An inner join silently drops orders with no matching customer.",
                  "An outer join also adds customers who have no orders, as empty rows." } },
        { options = { "\"many_to_one\"", "\"one_to_one\"", "\"one_to_many\"" }, answer = 1,
          why = { "Many orders per customer, one row per customer: a duplicate customer raises MergeError.",
                  "Fails at once: a customer with two orders repeats on the left.",
                  "Wrong way round: it says each order matches many customers." } },
      },
      explain = "how decides which unmatched rows survive; validate turns a silent row "
        .. "explosion from duplicate keys into an error you see." },

    ds_pandas_3 = { kind = "fill", skill = "pandas", language = "python",
      prompt = "Build the finance report: total revenue and number of orders per region.",
      code = "report = df.groupby({1}).agg(\n"
        .. "    revenue=(\"amount\", {2}),\n"
        .. "    orders=(\"order_id\", \"count\"),\n"
        .. ")",
      blanks = {
        { options = { "\"region\"", "[\"amount\"]", "region" }, answer = 1,
          why = { "Group by the region column, named as a string.",
                  "That would make one group per distinct amount.",
                  "A bare name is a Python variable, which is not defined here." } },
        { options = { "\"sum\"", "\"mean\"", "sum()" }, answer = 1,
          why = { "Revenue is the sum of the amounts in each region.",
                  "The mean gives the average order value, not revenue.",
                  "Calling sum() with no argument raises a TypeError before pandas sees it." } },
      },
      explain = "Named aggregation, new_column=(\"column\", \"function\"), builds a tidy "
        .. "report in one call. count counts non-missing values." },

    ds_pandas_4 = { kind = "order", skill = "pandas",
      prompt = "Put the steps of the nightly order report in order.",
      items = {
        "Read orders.csv and customers.csv",
        "Drop exact duplicate order rows",
        "Turn amount into numbers, bad values into NaN",
        "Drop orders with no amount, and log how many",
        "Left-join customers on customer_id",
        "Group by region and sum the amounts",
      },
      explain = "Clean before you join and group: a duplicate or a text amount that slips "
        .. "through gets multiplied or hidden by the later steps." },

    ds_pandas_5 = { kind = "choice", skill = "pandas", scenario = true,
      prompt = "A 6 GB CSV of events has 40 columns; you need daily counts per event type. "
        .. "The job runs on a worker with 4 GB of RAM. What would you do?",
      choices = {
        { "read_csv with usecols and chunksize, count per chunk, then add up", right = true,
          why = "Only two columns are loaded, a chunk at a time; partial counts add up exactly." },
        { "pd.read_csv the whole file, then groupby",
          why = "6 GB of text rarely fits in 4 GB once parsed, and 38 columns are never used." },
        { "Read it line by line into a list of dicts",
          why = "Python dicts per row use even more memory than a DataFrame." },
        { "Ask for a bigger worker and change nothing",
          why = "It may work today, but the file grows; the job only needs two columns." },
      },
      explain = "Load only what you need. usecols and chunksize keep memory flat; engines "
        .. "such as DuckDB or Polars can also stream the file for you." },

    ds_data_cleaning_1 = { kind = "sort", skill = "data_cleaning",
      prompt = "Which problem does each clean-up step fix?",
      bins = { "Duplicates", "Missing", "Wrong type" },
      items = {
        { "df.drop_duplicates()", bin = 1, why = "Removes rows that repeat exactly, such as a re-sent order." },
        { "pd.to_numeric(df.amount, errors=\"coerce\")", bin = 3,
          why = "Turns \"12.50\" into 12.5 and text like \"pending\" into NaN." },
        { "df.dropna(subset=[\"amount\"])", bin = 2, why = "Drops rows that have no amount." },
        { "pd.to_datetime(df.day, errors=\"coerce\")", bin = 3, why = "Parses date text into real datetimes." },
        { "df.fillna({\"region\": \"Unknown\"})", bin = 2, why = "Gives missing regions an explicit label." },
        { "drop_duplicates(subset=\"email\")", bin = 1,
          why = "Keeps one row per email address; normalise case first or near-duplicates survive." },
      },
      explain = "Name each problem before fixing it: duplicates, gaps and wrong types need "
        .. "different tools, and each fix should be counted and logged." },

    ds_data_cleaning_2 = { kind = "choice", skill = "data_cleaning", scenario = true,
      prompt = "3 of 10,000 orders have no amount. The report shows revenue and average "
        .. "order value. What would you do with those rows?",
      choices = {
        { "Drop them with dropna(subset=[\"amount\"]) and report the count", right = true,
          why = "Revenue stays right, the average is not skewed, and the count tells "
            .. "someone upstream to look." },
        { "fillna(0), so no row is lost",
          why = "Invents three orders worth 0: the order count and average are now wrong." },
        { "Fill them with the mean amount",
          why = "Invents revenue that was never earned, in a finance report." },
        { "Leave the NaN; sum() will raise an error",
          why = "pandas sum() skips NaN by default, so nothing would warn you." },
      },
      explain = "Missing values need a decision that fits the question. For money, never "
        .. "invent numbers: drop or flag, and make the count visible." },

    ds_data_cleaning_3 = { kind = "code", skill = "data_cleaning", language = "python",
      prompt = "Duplicate orders still show up in the count. Which line is the bug?",
      code = [[
import pandas as pd

df = pd.read_csv("orders.csv")
df.drop_duplicates()
df = df.dropna(subset=["amount"])
print(len(df), "orders")
]],
      answer = 4,
      why = {
        [4] = "drop_duplicates returns a new DataFrame; the result is thrown away. Write "
          .. "df = df.drop_duplicates().",
        [5] = "This line assigns its result, so dropping missing amounts works.",
        [6] = "len(df) is right; it counts whatever df holds.",
      },
      explain = "Most pandas methods return a new object instead of changing the old one, "
        .. "so assign the result: df = df.drop_duplicates()." },

    ds_data_cleaning_4 = { kind = "fill", skill = "data_cleaning", language = "python",
      prompt = "amount holds text such as \"12.50\" and, now and then, \"pending\". Convert it "
        .. "to numbers without stopping the whole run on the first bad value.",
      code = "df[\"amount\"] = pd.to_numeric(df[\"amount\"],\n"
        .. "                             errors={1})",
      blanks = {
        { options = { "\"coerce\"", "\"raise\"", "\"skip\"" }, answer = 1,
          why = { "Bad values become NaN, which you can then count and handle.",
                  "raise is the default: the first \"pending\" stops the run with a ValueError.",
                  "skip is not an accepted value; pandas raises a ValueError for it." } },
      },
      explain = "errors=\"coerce\" marks unparseable values as NaN. Count them afterwards: "
        .. "a sudden jump in NaNs means the source changed." },
  },

  hints = {
    "Tomasz stands near where you start. Then the pandas orb south of him and the read terminal.",
    "Blue tokens go on CLEAN pads, green on JOIN, yellow on GROUP. Finance wants real orders only: "
      .. "no duplicates, no invented amounts, and customer 9 kept on its own line.",
    "A clean pipeline: drop_duplicates, to_numeric(coerce), dropna(amount); merge(how=left); "
      .. "groupby with dropna=False and sum.",
  },

  goals = {
    { talk = "Tomasz", text = "Talk to Tomasz",
      hint = "Tomasz is just north-east of where you start: {where:Tomasz}." },
    { collect = "pandas", text = "Hold pandas: the orb, then the read terminal",
      hint = "The pandas orb is south of Tomasz, the read terminal below it: {where:read terminal}." },
    { collect = "data_cleaning", text = "Hold data cleaning: its orb, then the clean terminal",
      hint = "The cleaning orb is at the CLEAN station's foot, the terminal west of it: {where:clean terminal}." },
    { reach = "finance ledger", text = "Make the report match the ledger",
      hint = "Read the panel's second line: it names the first problem. Fix it with a token." },
    { answer = "ds_data_cleaning_2", text = "Answer Kwame's question",
      hint = "Once the ledger matches, talk to Kwame in the report office: {where:Kwame}." },
    { answer = "ds_pandas_4", text = "Write it up for Tomasz",
      hint = "Once the ledger matches, talk to Tomasz again: {where:Tomasz}." },
  },

  grants = { xp = 80 },

  on_start = function()
    for x = 1, W - 2 do sq.spawn{ type = "belt", x = x, y = 14 } end
    for i = 1, #works().orders do
      crates[i] = sq.spawn{ type = "crate", x = 1, y = 14, name = "order " .. i }
    end
    run()
  end,

  -- The pads: a token of another station, or a step that cannot work, is
  -- refused with the reason; anything else runs the pipeline again.
  on_place = function(slot, tok)
    local t = works().tokens[tok.id]
    if not t then return false, "That is not an operation." end
    if t.station ~= slot.props.station then
      local where = { clean = "CLEAN (blue)", join = "JOIN (green)", group = "GROUP (yellow)" }
      return false, t.label .. " belongs at " .. where[t.station] .. ", not at "
        .. slot.props.label .. "."
    end
    if t.op == "astype_int" then
      return false, "astype(int) raises ValueError: 'pending' and the empty amount are no ints. "
        .. "Use to_numeric(coerce)."
    end
    run(slot.id, tok.id)
    sq.set_label(slot.id, slot.props.label .. "\n" .. t.short, true)
    return true
  end,

  on_take = function(slot, tok)
    sq.set_label(slot.id, slot.props.label .. "\nempty", true)
    run()
  end,

  on_answer = function(id, correct)
    if correct then sq.xp(10) end
    if works().is_warmup(id) then
      sq.after(0.1, function() works().refresh({ "python", "numpy" }) end)
    end
  end,
}
