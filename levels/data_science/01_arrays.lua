-- levels/data_science/01_arrays.lua: the Data Science quest, level 1.
-- NumPy (vectorised arrays instead of loops) and statistics (which number
-- answers which question), performed in the Data Works' lobby: Pip the
-- loop robot visits ten crates one by one while the vector press does them
-- all at once, and the Latency Board takes a statistic on each of its four
-- pads only where that statistic answers the pad's question.
-- Play order: Nadia -> NumPy orb -> Pip's loop and the vector press (NumPy
-- held) -> statistics orb and terminal -> the Latency Board -> exit.

local function works() return sq.module("works") end

local W, H = 36, 15
local grid = {}
for y = 0, H - 1 do
  grid[y] = {}
  for x = 0, W - 1 do
    grid[y][x] = (x == 0 or y == 0 or x == W - 1 or y == H - 1) and "#" or "."
  end
end
local function put(x, y, c) grid[y][x] = c end
for y = 1, H - 2 do put(16, y, (y == 7 or y == 8) and "." or "#") end -- the board room's wall
put(33, 0, "E")
put(3, 11, "@")
for _, p in ipairs({ { 1, 1 }, { 14, 1 }, { 1, 13 }, { 14, 13 }, { 34, 1 } }) do put(p[1], p[2], "P") end
for x = 2, 5 do put(x, 13, ",") end
local rows = {}
for y = 0, H - 1 do rows[#rows + 1] = table.concat(grid[y], "", 0, W - 1) end

local crates = {}
local race = { running = false, done = false, pressed = false }
local filled = {}

local function board_panel()
  local s = works().stats(works().latencies())
  local lines = { title = "Latency Board: 100 requests",
    string.format("mean   %6.1f ms", s.mean), string.format("median %6.1f ms", s.median),
    string.format("p99    %6.1f ms", s.p99), string.format("max    %6d ms", s.max) }
  local n = 0
  for _, key in ipairs({ "slo", "dashboard", "alert", "debug" }) do
    if filled[key] then n = n + 1 end
  end
  lines[#lines + 1] = { n .. " of 4 pads answered", value = n / 4, tone = n == 4 and "good" or nil }
  if race.done or race.pressed then
    lines[#lines + 1] = race.pressed and "press: 1 NumPy operation" or "loop: 10 Python steps"
  end
  sq.panel(lines)
end

-- Pip visits the crates one by one: one Python iteration each.
local function pip_step(pip, i)
  if i > #crates then
    race.running, race.done = false, true
    sq.set_label(pip, "10 of 5,000,000 done", true)
    sq.say("Pip, loop robot", "Ten crates, ten Python steps. The real file has five million "
      .. "latencies: at this pace I would still be walking tomorrow.")
    sq.ask("ds_numpy_4")
    board_panel()
    return
  end
  local c = sq.entity(crates[i])
  sq.move(pip, c.x, c.y - 1)
  sq.set_sprite(crates[i], "token_crate_green")
  sq.set_label(pip, "x / 1000: crate " .. i, true)
  sq.sound("step")
  sq.after(0.35, function() pip_step(pip, i + 1) end)
end

local function token(x, y, stat, label)
  return { type = "stat", x = x, y = y, name = label, stat = stat, label = label,
           sprite = "token_chip_yellow" }
end
local function pad(x, y, key, name, label)
  return { type = "pad", x = x, y = y, name = name, key = key, label = label }
end

return {
  format = 1,
  id = "data_science.arrays",
  quest = "data_science",
  title = "Arrays, Not Loops",
  music = "data_science_works",
  brief = "The Data Works: the campus's data team. Before pandas, learn what it stands on: "
    .. "NumPy arrays, and the statistics that say what 100 latencies mean. Talk to Nadia first; "
    .. "{hint} gives a hint.",

  map = { theme = "data", rows = rows },

  objects = {
    { type = "person", x = 4, y = 9, name = "Nadia", look = "nadia", talk = "nadia" },
    { type = "skill", x = 7, y = 12, name = "numpy orb", skill = "numpy" },
    { type = "pip", x = 2, y = 3, name = "Pip" },
    { type = "terminal", x = 14, y = 6, name = "vector press", quiz = "ds_numpy_1" },
    { type = "skill", x = 30, y = 9, name = "statistics orb", skill = "statistics" },
    { type = "terminal", x = 33, y = 9, name = "stats terminal", quiz = "ds_statistics_1" },
    { type = "sign", x = 10, y = 9, name = "loop note", speaker = "Note on the press",
      text = "NumPy runs whole-array operations in compiled code: ms / 1000 is one call, "
        .. "not a million Python steps. np.vectorize only looks vectorised: it is a loop inside." },
    { type = "sign", x = 20, y = 1, name = "latency board", speaker = "Latency Board",
      text = "100 request latencies from the API, in ms. Most take 80 to 140 ms; three took 900, "
        .. "1200 and 4000 ms. Each pad asks one question: carry the statistic that answers it." },
    token(19, 3, "mean", "mean"),
    token(19, 5, "median", "np.median(ms)"),
    token(19, 7, "p99", "np.percentile(ms, 99)"),
    token(19, 9, "max", "ms.max()"),
    pad(18, 13, "slo", "SLO: 99% < 300 ms", "SLO\n99%<300ms"),
    pad(23, 13, "dashboard", "DASHBOARD: typical", "DASHBOARD\ntypical"),
    pad(28, 13, "alert", "ALERT: jumps", "ALERT\njumps"),
    pad(33, 13, "debug", "DEBUG: worst one", "DEBUG\nworst one"),
    { type = "prop", x = 8, y = 1, sprite = "data_shelf" },
    { type = "prop", x = 9, y = 1, sprite = "data_shelf" },
    { type = "prop", x = 29, y = 1, sprite = "data_whiteboard" },
    { type = "prop", x = 30, y = 1, sprite = "data_whiteboard" },
    { type = "prop", x = 26, y = 9, sprite = "data_pallet" },
  },

  behaviours = {
    person = {
      sprite = "mentor", frames = 2, rate = 30, solid = true, size = { 12, 10 }, offset = { -2, -6 },
      on_spawn = function(self) works().person(self) end,
      on_interact = function(self)
        works().face(self)
        sq.dialogue(self.props.talk)
        works().refresh({ "python" })
        sq.goal(self.name)
      end,
    },
    -- Pip walks the crates one at a time: a Python for loop you can watch.
    pip = {
      sprite = "robot_down", frames = 2, rate = 20, solid = true, size = { 12, 10 }, offset = { -2, -6 },
      on_spawn = function(self) sq.set_label(self.id, "for x in ms:", true) end,
      on_interact = function(self)
        if race.running then return end
        if race.done then
          sq.say("Pip, loop robot", "Done: one crate at a time. Now try the vector press.")
          return sq.ask("ds_numpy_4")
        end
        race.running = true
        for _, id in ipairs(crates) do sq.set_sprite(id, "token_crate_blue") end
        pip_step(self.id, 1)
      end,
    },
    stat = {
      sprite = "token_chip_yellow", solid = true, size = { 12, 10 }, offset = { -2, -6 },
      on_spawn = function(self)
        works().remember(self)
        sq.set_label(self.id, self.props.label)
      end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    pad = {
      sprite = "slot", solid = true, slot = true, size = { 14, 12 }, offset = { -1, -4 },
      on_spawn = function(self) sq.set_label(self.id, self.props.label, true) end,
    },
    crate = { sprite = "token_crate_blue", size = { 12, 10 }, offset = { -2, -6 } },
  },

  dialogue = {
    nadia = {
      { "Nadia, data scientist", "Welcome to the Data Works. I'm Nadia. The API team exported "
        .. "five million request latencies, and their Python loop takes ages. Learn the thing "
        .. "underneath pandas first: NumPy." },
      "A NumPy array holds numbers of one type side by side in memory, and its operations run "
        .. "in compiled code. ms / 1000 converts every latency in one call, without a Python loop.",
      "Take the NumPy orb by the carpet, then ask Pip, our loop robot, to do the crates, and "
        .. "try the vector press beside them. Answer the press and you hold NumPy.",
      "Then the board room, east: four questions about those latencies, four statistics to "
        .. "carry to the right pad. The mean is not always the answer.",
    },
  },

  exercises = {
    ds_numpy_1 = { kind = "code", skill = "numpy", language = "python",
      prompt = "This script takes seconds on 5 million latencies. Which line starts the "
        .. "work NumPy could do in one vectorised step?",
      code = [[
import numpy as np

ms = np.loadtxt("latency_ms.txt")
slow = []
for x in ms:
    if x > 250:
        slow.append(x)
share = len(slow) / len(ms)
print(f"{share:.1%} of requests over 250 ms")
]],
      answer = 5,
      why = {
        [5] = "The for loop visits 5 million floats one by one in Python. (ms > 250).mean() "
          .. "does the same in compiled code.",
        [3] = "loadtxt reads the file once; the slow part is what follows.",
        [8] = "len() is instant; it does not loop over the data.",
      },
      explain = "Replace lines 4-8 with share = (ms > 250).mean(). The comparison makes a "
        .. "boolean array in one C-level pass, and the mean of True/False is the share." },

    ds_numpy_2 = { kind = "fill", skill = "numpy", language = "python",
      prompt = "Keep only the latencies over 250 ms, then work out their share of all "
        .. "requests, without a loop.",
      code = "over = ms[{1}]\nshare = over.size / ms.{2}",
      blanks = {
        { options = { "ms > 250", "ms.filter(250)", "ms.all() > 250" }, answer = 1,
          why = { "A boolean mask selects the matching elements in one step.",
                  "NumPy arrays have no filter method.",
                  "all() returns a single True or False, not a mask." } },
        { options = { "size", "len", "count()" }, answer = 1,
          why = { "size is the number of elements in the array.",
                  "len(ms) works as a function, but arrays have no len attribute.",
                  "NumPy arrays have no count method." } },
      },
      explain = "Boolean masks are NumPy's filter: ms[ms > 250] builds a new array of the "
        .. "matching values, and size counts elements." },

    ds_numpy_3 = { kind = "choice", skill = "numpy", scenario = true,
      prompt = "Your API log gives 2 million durations in ms as a NumPy array. You must "
        .. "convert them to seconds and flag those over 0.3 s. Which would you write?",
      choices = {
        { "secs = ms / 1000; slow = secs > 0.3", right = true,
          why = "Two vectorised operations over the whole array, each one pass in C." },
        { "A for loop that appends each converted value to a list",
          why = "Correct but far slower: Python handles every element on its own." },
        { "ms.tolist(), then map() a lambda over it",
          why = "Leaves NumPy for plain Python objects, so every element is slow again." },
        { "Wrap it in a pandas DataFrame and use apply() per row",
          why = "apply with a Python function still calls it once per row." },
      },
      explain = "Arithmetic and comparisons on whole arrays are vectorised: NumPy runs the "
        .. "loop in compiled code. Reach for a Python loop only when no array operation fits." },

    ds_numpy_4 = { kind = "sort", skill = "numpy",
      prompt = "Which of these run as one vectorised array operation, and which still call "
        .. "Python once per element?",
      bins = { "Vectorised", "Python loop" },
      items = {
        { "ms / 1000", bin = 1, why = "Element-wise division runs in NumPy's compiled code." },
        { "np.where(ms > 250, 1, 0)", bin = 1, why = "np.where picks values with a mask, all in C." },
        { "ms.mean(axis=0)", bin = 1, why = "Reductions such as mean run inside NumPy." },
        { "[x / 1000 for x in ms]", bin = 2, why = "A list comprehension is a Python loop." },
        { "np.vectorize(f)(ms)", bin = 2,
          why = "Despite the name, np.vectorize is a convenience wrapper: it still calls f "
            .. "once per element." },
        { "df.apply(f, axis=1)", bin = 2, why = "apply calls the Python function f once per row." },
      },
      explain = "Vectorised means the loop happens inside NumPy. np.vectorize and apply only "
        .. "look vectorised: NumPy's own docs say vectorize is essentially a for loop." },

    ds_numpy_5 = { kind = "choice", skill = "numpy",
      prompt = "a has shape (1000, 3): three features for each of 1000 rows. mu = "
        .. "a.mean(axis=0) has shape (3,). What does a - mu do?",
      choices = {
        { "Subtracts each column's mean from that column, in every row", right = true,
          why = "Broadcasting stretches mu across all 1000 rows, matching the last axis." },
        { "Raises an error because the shapes differ",
          why = "Shapes (1000, 3) and (3,) are compatible: trailing sizes match." },
        { "Subtracts mu from the first 3 rows only",
          why = "Broadcasting repeats mu for every row, not just some of them." },
        { "Subtracts each row's own mean from that row",
          why = "That would need a.mean(axis=1, keepdims=True); axis=0 averages down columns." },
      },
      explain = "Broadcasting compares shapes from the right: (1000, 3) and (3,) match, so mu "
        .. "is reused for each row without copying. This is how you centre features." },

    ds_statistics_1 = { kind = "choice", skill = "statistics", scenario = true,
      prompt = "Your SLO says 99% of checkout requests finish within 300 ms. Which number "
        .. "from today's latencies would you compare with 300 ms?",
      choices = {
        { "The 99th percentile (p99)", right = true,
          why = "p99 is the time 99% of requests stay under: exactly what the SLO states." },
        { "The mean",
          why = "The mean mixes fast and slow requests; it can look fine while 5% are slow." },
        { "The median (p50)",
          why = "The median only says half the requests were faster; the SLO is about 99%." },
        { "The maximum",
          why = "One freak request sets the max; the SLO allows 1% to be slower." },
      },
      explain = "Latency SLOs are written as percentiles because users feel the slow tail. "
        .. "np.percentile(ms, 99) gives p99 directly." },

    ds_statistics_2 = { kind = "fill", skill = "statistics", language = "python",
      prompt = "Get the median and the 99th percentile of the latencies in one call.",
      code = "p50, p99 = np.percentile(ms, [{1}])",
      blanks = {
        { options = { "50, 99", "0.5, 0.99", "1, 99" }, answer = 1,
          why = { "np.percentile takes percentiles from 0 to 100.",
                  "Fractions belong to np.quantile; here 0.5 would mean the 0.5th percentile.",
                  "The 1st percentile is near the fastest request, not the median." } },
      },
      explain = "np.percentile(a, q) takes q in 0..100 and np.quantile(a, q) takes 0..1. "
        .. "Both accept a list, returning one value per entry." },

    ds_statistics_3 = { kind = "sort", skill = "statistics",
      prompt = "Latencies 100, 110, 120, 130 ms, then one request takes 4000 ms. Which "
        .. "numbers jump, and which barely move?",
      bins = { "Jumps", "Barely moves" },
      items = {
        { "Mean", bin = 1, why = "The mean goes from 115 to 892 ms: one outlier drags it." },
        { "Median", bin = 2, why = "The median moves from 115 to 120 ms: it ignores how big the outlier is." },
        { "Maximum", bin = 1, why = "The max becomes the outlier itself." },
        { "Standard deviation", bin = 1, why = "Spread is squared distance from the mean, so one far value dominates it." },
        { "Interquartile range (p75 - p25)", bin = 2, why = "The middle half of the data hardly changes." },
      },
      explain = "Median and percentile ranges are robust to outliers; mean, max and standard "
        .. "deviation are not. That is why latency dashboards show p50 and p99, not the mean." },

    ds_statistics_4 = { kind = "choice", skill = "statistics",
      prompt = "Across 10,000 requests, payload size and latency have a correlation of 0.8. "
        .. "What can you conclude?",
      choices = {
        { "Bigger payloads tend to come with slower requests", right = true,
          why = "A strong positive correlation says they rise together, nothing more." },
        { "Big payloads cause the slowness",
          why = "Correlation is not causation: both could depend on a third thing, such as the endpoint." },
        { "80% of slow requests have big payloads",
          why = "A correlation coefficient is not a percentage of requests." },
        { "Nothing: 0.8 is too weak to mean anything",
          why = "0.8 is a strong linear relationship on 10,000 points." },
      },
      explain = "Correlation measures how two values move together, from -1 to 1. To claim "
        .. "cause, test it: for example compare the same endpoint with small and large payloads." },

    ds_statistics_5 = { kind = "choice", skill = "statistics", scenario = true,
      prompt = "Each of your 8 servers reports its own p99 latency. Your manager wants the "
        .. "fleet-wide p99. What would you do?",
      choices = {
        { "Compute it from all requests pooled, or from merged histograms", right = true,
          why = "A percentile needs the whole distribution; pooled data or mergeable "
            .. "histograms give it." },
        { "Average the 8 p99 values",
          why = "Percentiles do not average: a busy server and an idle one count the same." },
        { "Take the highest of the 8 p99 values",
          why = "That is the worst server's p99, not the fleet's: usually too pessimistic." },
        { "Report the median of the 8 values",
          why = "A middle server's p99 ignores how the others' tails look." },
      },
      explain = "Percentiles cannot be averaged. Monitoring systems keep histograms that can "
        .. "be merged across servers and compute fleet percentiles from those." },
  },

  hints = {
    "Nadia stands just above where you start: walk next to her and press {confirm}.",
    "The NumPy orb is east of the carpet. Then {confirm} next to Pip, and the vector press.",
    "Each pad asks a question: 99% under 300 ms is a percentile; typical is the median; the "
      .. "worst one is the maximum; the mean is what jumps when a few requests are slow.",
  },

  goals = {
    { talk = "Nadia", text = "Talk to Nadia", hint = "Nadia is just above where you start." },
    { collect = "numpy", text = "Hold NumPy: the orb, then the vector press",
      hint = "The orb is by the carpet; the press is in the north-east of this room: {where:vector press}." },
    { answer = "ds_numpy_4", text = "Race Pip's loop, and say what is a loop",
      hint = "{confirm} next to Pip, the robot at the top left: {where:Pip}." },
    { collect = "statistics", text = "Hold statistics: the orb, then the terminal",
      hint = "Through the gap east: the orb and the stats terminal are at the bottom: {where:stats terminal}." },
    { reach = "latency board", text = "Answer all four pads of the Latency Board",
      hint = "Carry a statistic ({confirm} next to it) to the pad whose question it answers." },
  },

  grants = { xp = 60 },

  on_start = function()
    for i = 1, 10 do
      crates[i] = sq.spawn{ type = "crate", x = 2 + i, y = 5, name = "latency " .. i }
    end
    board_panel()
  end,

  on_place = function(slot, tok)
    local t = works().tokens[tok.id]
    local rule = works().board[slot.props.key]
    if not t or t.stat ~= rule.stat then
      -- What the statistic says, then what this pad asks: the pair explains
      -- the mismatch wherever the player put it.
      local says = {
        mean = "The mean (168 ms) is pulled up by three slow requests.",
        median = "The median is what a typical request takes.",
        p99 = "p99 is the time 99% of requests beat: the slow tail.",
        max = "The maximum is one request, the slowest.",
      }
      local asks = {
        slo = "This pad asks whether 99% of requests beat 300 ms.",
        dashboard = "This pad asks what a typical request takes.",
        alert = "This pad asks for a number that jumps when a few requests go slow.",
        debug = "This pad asks for the single worst request.",
      }
      return false, says[t and t.stat or "mean"] .. " " .. (asks[slot.props.key] or "")
    end
    filled[slot.props.key] = true
    sq.set_label(slot.id, slot.props.label .. "\n" .. t.stat, true)
    sq.say("Nadia, data scientist", rule.why)
    local all = filled.slo and filled.dashboard and filled.alert and filled.debug
    if all then sq.goal("latency board") end
    board_panel()
    return true
  end,

  on_take = function(slot, tok)
    filled[slot.props.key] = nil
    sq.set_label(slot.id, slot.props.label, true)
    board_panel()
  end,

  on_interact = function(e)
    if e.name == "vector press" and not race.pressed then
      race.pressed = true
      for _, id in ipairs(crates) do sq.set_sprite(id, "token_crate_green") end
      sq.sound("confirm")
      board_panel()
    end
  end,

  on_answer = function(id, correct)
    if correct then sq.xp(10) end
    if works().is_warmup(id) then
      sq.after(0.1, function() works().refresh({ "python" }) end)
    end
  end,
}
