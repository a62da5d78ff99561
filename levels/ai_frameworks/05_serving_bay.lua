-- levels/ai_frameworks/05_serving_bay.lua: the AI and ML Frameworks quest,
-- level 5, its design review. The player, as the engineer, sets up how the
-- ticket router is served (runtime, hardware, batching) against a latency
-- budget today and at +50% traffic, then chooses what to monitor in launch
-- week, when a new product quietly changes the tickets (lib/foundry.lua,
-- M.serve and M.week: scenario numbers). Then Amara's review teaches the
-- engineer skills model serving and MLOps, each held by answering its
-- scenario questions.
-- Play order: Amara -> the serving booth until both budgets pass -> two
-- monitors and the launch week -> Amara's review -> exit.

local function foundry() return sq.module("foundry") end

local W, H = 38, 19
local grid = {}
for y = 0, H - 1 do
  grid[y] = {}
  for x = 0, W - 1 do
    grid[y][x] = (x == 0 or y == 0 or x == W - 1 or y == H - 1) and "#" or "."
  end
end
local function put(x, y, c) grid[y][x] = c end
for y = 1, H - 2 do put(24, y, (y == 9 or y == 10) and "." or "#") end -- the dashboard's wall
put(35, 0, "E")
put(3, 9, "@")
for _, p in ipairs({ { 1, 1 }, { 23, 1 }, { 25, 1 }, { 36, 17 } }) do put(p[1], p[2], "P") end
local rows = {}
for y = 0, H - 1 do rows[#rows + 1] = table.concat(grid[y], "", 0, W - 1) end

local pads = {}
local state = { served = false, week = false, running = false, room = "booth", next_look = 0 }
local PREREQS = { "python", "deep_learning", "pytorch" }
local BUDGET, GATE = 60, 0.910

local function p99_words(p) return p == math.huge and "overloaded" or string.format("%.0f ms", p) end

local function show(day_lines)
  local k = foundry().read(pads, "value")
  if state.room == "dashboard" then
    local p = { title = "Launch week" }
    for _, l in ipairs(day_lines or state.day_lines or { "two monitors, then the week lever" }) do
      p[#p + 1] = l
    end
    return sq.panel(p)
  end
  if not (k.runtime and k.hw and k.batch) then
    return sq.panel{ title = "Ticket router, 300 req/s", "fill the booth's 3 pads",
      "p99 budget: 60 ms" }
  end
  local b, d = k.batch:match("(%d+),(%d+)")
  local s = { runtime = k.runtime, hw = k.hw, max_batch = tonumber(b), delay_ms = tonumber(d) }
  local now, grow = foundry().serve(s, 300), foundry().serve(s, 450)
  local ok_now, ok_grow = now.p99 <= BUDGET, grow.p99 <= BUDGET
  local ok_acc = now.accuracy >= GATE
  sq.panel{ title = "Ticket router, scenario",
    { "now p99 " .. p99_words(now.p99), value = math.min(1, now.p99 / 120), marker = 0.5,
      tone = ok_now and "good" or "warn" },
    { "+50% p99 " .. p99_words(grow.p99), value = math.min(1, grow.p99 / 120), marker = 0.5,
      tone = ok_grow and "good" or "warn" },
    string.format("$%.2f per 1M requests", now.cost_per_million),
    { string.format("eval accuracy %.3f", now.accuracy), tone = ok_acc and "good" or "warn" } }
  if ok_now and ok_grow and ok_acc and not state.served then
    state.served = true
    sq.goal("serving booth")
  end
end

-- The launch week: a day every 0.7 s; a new product launches on day 4.
local function run_week()
  if state.running then return end
  local mon = {}
  for _, v in pairs(foundry().read(pads, "monitor")) do mon[v] = true end
  state.running = true
  local day = 0
  local lines = {}
  local function next_day()
    day = day + 1
    local d = foundry().week[day]
    if not d then
      state.running = false
      local caught = mon.input_drift or mon.prediction_mix
      lines[#lines + 1] = { caught and "drift caught on day 4" or "nothing fired until day 7",
        tone = caught and "good" or "warn" }
      state.day_lines = lines
      show(lines)
      if caught then
        state.week = true
        sq.goal("launch week")
        return sq.say("Amara, ML platform lead", "Day 4: unseen words jumped from 2% to 12% and "
          .. "billing tickets fell from 31% to 22%. Your monitor fired three days before the "
          .. "labels could. Latency and errors never moved: the service was healthy, the model "
          .. "was wrong. Come and talk.")
      end
      return sq.say("Amara, ML platform lead", "Latency and errors looked fine all week, and "
        .. "the labelled accuracy only showed the drop on day 7, three days late. Watch the "
        .. "model's inputs and outputs too, and run the week again.")
    end
    local fired = {}
    if day >= 4 and mon.input_drift then fired[#fired + 1] = "drift" end
    if day >= 4 and mon.prediction_mix then fired[#fired + 1] = "mix" end
    if day >= 7 and mon.delayed_accuracy then fired[#fired + 1] = "accuracy" end
    local text = string.format("day %d: unseen %d%%", day, math.floor(d.unseen * 100 + 0.5))
    if #fired > 0 then text = text .. ": " .. table.concat(fired, ", ") end
    if day == 1 or day >= 3 then lines[#lines + 1] = { text, tone = #fired > 0 and "warn" or nil } end
    state.day_lines = lines
    show(lines)
    sq.sound(#fired > 0 and "quiz_wrong" or "cursor")
    sq.after(0.7, next_day)
  end
  next_day()
end

-- Amara's review: model serving, then MLOps, each taught and then asked.
local REVIEW = {
  { skill = "model_serving", asks = { "ai_model_serving_1", "ai_model_serving_3" } },
  { skill = "mlops", asks = { "ai_mlops_2", "ai_mlops_1" } },
}
local right = {}
local function review_step()
  for _, step in ipairs(REVIEW) do
    if not sq.has_skill(step.skill) then
      if sq.grant(step.skill) then sq.ask(step.asks) end
      return
    end
    for _, id in ipairs(step.asks) do
      if not right[id] then return sq.ask(id) end
    end
  end
end

local function token(x, y, fields)
  fields.type, fields.x, fields.y = "op", x, y
  return fields
end

return {
  format = 1,
  id = "ai_frameworks.serving_bay",
  quest = "ai_frameworks",
  title = "The Serving Bay (design review)",
  music = "ai_frameworks_foundry",
  brief = "The ticket router goes live on Monday. Design how it is served, and how you will know "
    .. "when it goes wrong. Talk to Amara first; {hint} gives a hint.",
  requires = { "pytorch" },

  map = { theme = "ai", rows = rows },

  objects = {
    { type = "person", x = 4, y = 5, name = "Amara", look = "amara", talk = "amara" },
    { type = "sign", x = 12, y = 1, name = "serving booth", speaker = "The model booth",
      text = "Three pads: RUNTIME, HARDWARE, BATCHING. The readout gives p99 latency today and at "
        .. "+50% traffic, cost per million requests and the eval accuracy (scenario numbers)." },
    { type = "pad", x = 8, y = 12, name = "RUNTIME", key = "runtime", label = "RUNTIME" },
    { type = "pad", x = 14, y = 12, name = "HARDWARE", key = "hw", label = "HARDWARE" },
    { type = "pad", x = 20, y = 12, name = "BATCHING", key = "batch", label = "BATCHING" },
    token(4, 15, { name = "PyTorch eager", slot = "runtime", value = "eager", short = "eager",
      label = "PyTorch eager", sprite = "token_card_red" }),
    token(6, 17, { name = "ONNX Runtime", slot = "runtime", value = "ort", short = "ORT fp32",
      label = "ONNX Runtime, fp32", sprite = "token_card_red" }),
    token(8, 15, { name = "ONNX Runtime int8", slot = "runtime", value = "ort_int8", short = "ORT int8",
      label = "ONNX Runtime, int8 quantised", sprite = "token_card_red" }),
    token(11, 17, { name = "4 CPU pods", slot = "hw", value = "cpu4", short = "4 CPU pods",
      label = "4 CPU pods ($0.80/h)", sprite = "token_card_blue" }),
    token(13, 15, { name = "1 GPU", slot = "hw", value = "gpu1", short = "1 GPU",
      label = "1 GPU ($2.50/h)", sprite = "token_card_blue" }),
    token(16, 17, { name = "batch 1", slot = "batch", value = "1,0", short = "batch 1",
      label = "max batch 1", sprite = "token_card_yellow" }),
    token(18, 15, { name = "batch 8, 5 ms", slot = "batch", value = "8,5", short = "8, 5 ms",
      label = "max batch 8, wait 5 ms", sprite = "token_card_yellow" }),
    token(20, 17, { name = "batch 32, 50 ms", slot = "batch", value = "32,50", short = "32, 50 ms",
      label = "max batch 32, wait 50 ms", sprite = "token_card_yellow" }),
    { type = "sign", x = 30, y = 1, name = "launch week", speaker = "Launch-week dashboard",
      text = "Two monitor pads. Labels (which team a ticket really belonged to) arrive three days "
        .. "late, from agents' re-routing. The week lever plays days 1 to 7." },
    { type = "pad", x = 28, y = 12, name = "MONITOR 1", key = "mon1", label = "MONITOR 1" },
    { type = "pad", x = 34, y = 12, name = "MONITOR 2", key = "mon2", label = "MONITOR 2" },
    token(26, 15, { name = "input drift", monitor = "input_drift", short = "input drift",
      label = "input drift: unseen-word share", sprite = "token_chip_green" }),
    token(28, 17, { name = "prediction mix", monitor = "prediction_mix", short = "prediction mix",
      label = "prediction mix: billing share", sprite = "token_chip_green" }),
    token(30, 15, { name = "labelled accuracy", monitor = "delayed_accuracy", short = "accuracy",
      label = "labelled accuracy (3 days late)", sprite = "token_chip_green" }),
    token(32, 17, { name = "p99 latency", monitor = "p99_latency", short = "p99",
      label = "p99 latency", sprite = "token_chip_green" }),
    token(34, 15, { name = "5xx rate", monitor = "error_rate", short = "5xx",
      label = "5xx error rate", sprite = "token_chip_green" }),
    { type = "lever", x = 33, y = 6, name = "week lever" },
    { type = "review", x = 2, y = 12, name = "review desk" },
    { type = "tall_prop", x = 17, y = 2, sprite = "ai_rack" },
    { type = "tall_prop", x = 18, y = 2, sprite = "ai_rack" },
    { type = "prop", x = 27, y = 1, sprite = "ai_net_screen" },
  },

  behaviours = {
    person = {
      sprite = "mentor", frames = 2, rate = 30, solid = true, size = { 12, 10 }, offset = { -2, -6 },
      on_spawn = function(self) foundry().person(self) end,
      on_interact = function(self)
        foundry().face(self)
        if foundry().refresh(PREREQS) then return sq.goal(self.name) end
        if state.served and state.week then
          sq.dialogue("review")
          review_step()
        else
          sq.dialogue("amara")
        end
        sq.goal(self.name)
      end,
    },
    op = {
      sprite = "token_card_blue", solid = true, size = { 12, 10 }, offset = { -2, -6 },
      on_spawn = function(self)
        foundry().remember(self)
        sq.set_label(self.id, self.props.label)
      end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    pad = {
      sprite = "slot", solid = true, slot = true, size = { 14, 12 }, offset = { -1, -4 },
      on_spawn = function(self)
        pads[self.props.key] = self.id
        sq.set_label(self.id, self.props.label, true)
      end,
    },
    lever = {
      sprite = "lever_0", solid = true, size = { 14, 12 }, offset = { -1, -4 },
      on_spawn = function(self) sq.set_label(self.id, "run the week", true) end,
      on_interact = function(self)
        local n = 0
        for _ in pairs(foundry().read({ a = pads.mon1, b = pads.mon2 }, "monitor")) do n = n + 1 end
        if n < 2 then return sq.say("Week lever", "Put a monitor on both pads first.") end
        sq.set_sprite(self.id, "lever_1")
        sq.after(5, function() sq.set_sprite(self.id, "lever_0") end)
        run_week()
      end,
    },
  },

  dialogue = {
    amara = {
      { "Amara, ML platform lead", "Amara. I think in three budgets: milliseconds, dollars and "
        .. "accuracy points. The router goes live Monday. Show me a design that fits all three." },
      "Traffic: 300 requests a second at peak, +50% within a year. Of the 150 ms end to end, the "
        .. "model gets 60 ms at p99. Accuracy must stay at 0.910 or better on our eval set.",
      "The booth takes a runtime, hardware and batching. Batching fills the GPU or the CPU's "
        .. "vector units, but every request waits for its batch. Find a setup that passes today and at +50%.",
      "Then the dashboard, east: choose two monitors and play launch week. Then we review.",
    },
    review = {
      { "Amara, ML platform lead", "It serves, and you saw it drift before the labels did. Now "
        .. "the review: you are the engineer who signs it off. Serving first, then operations." },
    },
  },

  exercises = {
    ai_model_serving_1 = { kind = "choice", skill = "model_serving", scenario = true,
      prompt = "One GPU serves the router at 300 requests/s, one request per batch, and the "
        .. "queue keeps growing. What would you change first?",
      choices = {
        { "Dynamic batching, with a few ms of maximum queue delay", right = true,
          why = "Batches of several requests use the GPU far better, within the latency budget." },
        { "A second GPU, still with batch size 1",
          why = "Doubles cost; each GPU is still mostly idle per request." },
        { "A 500 ms queue delay to build huge batches",
          why = "Throughput rises but every user waits half a second." },
      },
      explain = "Batching trades a little latency for much more throughput. Cap the delay "
        .. "so p99 stays inside the budget." },

    ai_model_serving_2 = { kind = "sort", skill = "model_serving",
      prompt = "Where should each model run?",
      bins = { "Online API", "Nightly batch", "On device" },
      items = {
        { "Route tickets as they arrive", bin = 1, why = "The answer is needed within a request." },
        { "Re-score every customer for the CRM", bin = 2, why = "Needed once a day; batch is cheaper." },
        { "Keyboard suggestions with no network", bin = 3, why = "Must work offline, on the phone." },
        { "Fraud check during card payment", bin = 1, why = "Blocks the payment until it answers." },
        { "Weekly refresh of product embeddings", bin = 2, why = "Large, scheduled, nobody waits on one row." },
        { "Photo tagging in airplane mode", bin = 3, why = "No server to call." },
      },
      explain = "Serving online is the most expensive option: choose it only when someone "
        .. "waits for the answer. Otherwise batch, or push the model to the device." },

    ai_model_serving_3 = { kind = "order", skill = "model_serving",
      prompt = "Put the roll-out of router model v7 in order.",
      items = {
        "Evaluate v7 offline against v6 on the same data",
        "Shadow: v7 predicts, v6 still answers",
        "Canary: v7 answers 5% of traffic",
        "Ramp to 100% while SLOs and metrics hold",
        "Keep v6 loaded for a quick rollback",
      },
      explain = "Each step risks a little more traffic. Shadow mode finds crashes and "
        .. "latency problems before any user sees v7's answers." },

    ai_model_serving_4 = { kind = "choice", skill = "model_serving", scenario = true,
      prompt = "ONNX Runtime int8 on CPU pods meets the 60 ms model budget at peak, 0.4 points "
        .. "less accurate. A GPU meets it at three times the cost. Which would you choose?",
      choices = {
        { "CPU pods with autoscaling, if 0.4 points passes the eval gate", right = true,
          why = "Meets the SLO at a third of the cost; the accuracy loss is measured and accepted." },
        { "The GPU, because GPUs are faster",
          why = "Speed beyond the budget is wasted money at this traffic." },
        { "CPU eager PyTorch, skipping the export",
          why = "In the bay's numbers it cannot meet the budget at peak." },
      },
      explain = "Serving choices are budgets: latency, cost and accuracy. Pick the cheapest "
        .. "option that meets all three, and re-check when traffic or the model grows." },

    ai_model_serving_5 = { kind = "fill", skill = "model_serving", language = "text",
      prompt = "Triton model config: let requests wait at most 5 ms to form larger batches.",
      code = "max_batch_size: 32\n"
        .. "dynamic_batching {\n"
        .. "  max_queue_delay_microseconds: {1}\n"
        .. "}",
      blanks = {
        { options = { "5000", "5", "5000000" }, answer = 1,
          why = { "5 ms is 5,000 microseconds.",
                  "5 microseconds: barely any waiting, so batches rarely grow.",
                  "5 seconds: every request would wait far past the budget." } },
      },
      explain = "Triton's dynamic batcher groups queued requests up to max_batch_size, waiting "
        .. "at most the configured delay. Read the unit in the field name." },

    ai_mlops_1 = { kind = "sort", skill = "mlops",
      prompt = "Which kind of signal is each dashboard tile?",
      bins = { "Drift", "Quality", "Health" },
      items = {
        { "Share of tickets in a new language", bin = 1, why = "The inputs changed." },
        { "Mix of predicted teams vs last month", bin = 1, why = "The outputs shifted." },
        { "Accuracy on labelled tickets, 3 days late", bin = 2, why = "Real correctness, once labels arrive." },
        { "Precision of the billing route", bin = 2, why = "Quality for one slice of traffic." },
        { "p99 latency", bin = 3, why = "Service health, as for any API." },
        { "Rate of 5xx errors", bin = 3, why = "The service failing, whatever the model says." },
      },
      explain = "Labels arrive late, so drift signals warn first; quality metrics confirm; "
        .. "health metrics are the same as for any backend service." },

    ai_mlops_2 = { kind = "choice", skill = "mlops", scenario = true,
      prompt = "A new product launched: 12% of tickets now mention it and drift alerts fire. "
        .. "Labels arrive after 3 days. What would you do?",
      choices = {
        { "Label a sample, retrain, gate on a new-product slice, canary", right = true,
          why = "Targets the change, proves the new model on it and limits the risk of shipping." },
        { "Retrain every hour on whatever arrives and deploy automatically",
          why = "Unlabelled or noisy data goes straight to users with no check." },
        { "Wait for the quarterly accuracy report",
          why = "Misrouted tickets pile up for months." },
        { "Roll back to last year's model",
          why = "It has never seen the new product either." },
      },
      explain = "Drift is a trigger to investigate and retrain, not to deploy blindly. An "
        .. "evaluation gate and a canary keep retraining safe." },

    ai_mlops_3 = { kind = "order", skill = "mlops",
      prompt = "Put an automated retraining pipeline in order.",
      items = {
        "Snapshot the training data with a version id",
        "Train with pinned code, config and seed",
        "Evaluate on a fixed test set and recent slices",
        "Stop if worse than the live model",
        "Register the model version with its metrics",
        "Canary, then promote",
      },
      explain = "Each model version must be traceable to its data and code, and must beat the "
        .. "live model before it touches traffic." },

    ai_mlops_4 = { kind = "choice", skill = "mlops",
      prompt = "Why store the data version and code commit with every trained model?",
      choices = {
        { "To reproduce, debug or roll back any model you ever shipped", right = true,
          why = "Without them you cannot tell what a model learned from or rebuild it." },
        { "ONNX files cannot be loaded without them",
          why = "Loading needs only the file; the metadata is for people." },
        { "It makes training faster",
          why = "Bookkeeping does not speed up training." },
      },
      explain = "A model is code plus data plus configuration. Registries such as MLflow keep "
        .. "all three together with the metrics." },

    ai_mlops_5 = { kind = "choice", skill = "mlops", scenario = true,
      prompt = "Offline accuracy was 0.91; live accuracy is 0.78 from the first day, with no "
        .. "drift over time. Where would you look first?",
      choices = {
        { "Features computed differently online than in training", right = true,
          why = "Training-serving skew shows up at once and stays flat: a pipeline difference." },
        { "Gradual concept drift",
          why = "Drift develops over time; this gap was there on day one." },
        { "Too few GPU nodes",
          why = "Capacity changes latency, not which answer the model gives." },
      },
      explain = "Share one feature code path, or a feature store, between training and "
        .. "serving, and log live inputs so you can compare them with training data." },
  },

  hints = {
    "Amara stands by where you start. The booth's pads are south of her, tokens below them.",
    "Eager PyTorch on CPU is too slow; a GPU without batching overloads. ONNX Runtime int8 on "
      .. "the CPU pods, or a GPU with batch 8 and 5 ms, both pass. A 50 ms wait fails everywhere.",
    "Latency and errors stay healthy when a model goes wrong. Watch inputs (drift) or outputs "
      .. "(the prediction mix): labels arrive three days late.",
  },

  goals = {
    { talk = "Amara", text = "Talk to Amara", hint = "Amara is just above where you start." },
    { reach = "serving booth", text = "Serve it: p99 60 ms today and at +50%",
      hint = "A runtime, hardware and batching token on the booth's pads." },
    { reach = "launch week", text = "Launch week: catch the drift early",
      hint = "Two monitor tokens on the dashboard's pads, then the week lever: {where:week lever}." },
    { answer = "ai_model_serving_1", text = "Review: serving",
      hint = "Talk to Amara again after the week." },
    { answer = "ai_mlops_2", text = "Review: operations",
      hint = "Amara's review goes on: answer her questions on operations." },
  },

  grants = { xp = 120 },

  on_start = function() show() end,

  on_update = function(dt)
    if sq.time() < state.next_look then return end
    state.next_look = sq.time() + 0.25
    local room = sq.player().x > 24 and "dashboard" or "booth"
    if room ~= state.room then
      state.room = room
      show()
    end
  end,

  on_place = function(slot, tok)
    local t = foundry().tokens[tok.id]
    if not t then return false, "That does not go there." end
    local key = slot.props.key
    if key == "mon1" or key == "mon2" then
      if not t.monitor then return false, "The dashboard takes monitors." end
      if state.running then return false, "Wait for the week to end." end
    elseif t.slot ~= key then
      return false, t.label .. " goes on the " .. string.upper(t.slot or "monitor") .. " pad."
    end
    sq.set_label(slot.id, slot.props.label .. "\n" .. t.short, true)
    sq.after(0, function() show() end)
    return true
  end,

  on_take = function(slot, tok)
    sq.set_label(slot.id, slot.props.label, true)
    sq.after(0, function() show() end)
  end,

  on_answer = function(id, correct)
    if correct then
      sq.xp(10)
      right[id] = true
    end
    if foundry().is_warmup(id) then
      sq.after(0.1, function() foundry().refresh(PREREQS) end)
    elseif correct and (id == "ai_model_serving_1" or id == "ai_model_serving_3") then
      sq.after(0.1, review_step)
    end
  end,
}
