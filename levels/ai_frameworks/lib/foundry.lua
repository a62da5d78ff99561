-- levels/ai_frameworks/lib/foundry.lua: the rules of the Model Foundry,
-- shared by the AI and ML Frameworks quest's levels (sq.module("foundry")).
-- Pure simulations first (scenario numbers shaped like real runs, no
-- randomness), then the helpers the levels' tokens, pads and people use.
local M = {}

------------------------------------------------------------------------
-- 1. The Curve Lab (level 3): a synthetic training run.
-- knobs: cap = 1|2|3 (small, medium, large model), epochs = 5|20|60,
-- reg = 0|1 (dropout 0.3 + weight decay), data = 1|4 (x1, x4 with
-- augmentation), lr = "low"|"good"|"high", stop = true|false (early
-- stopping, patience 3, restore_best_weights=True).
-- Returns the list of { epoch, train, val } and a verdict.
------------------------------------------------------------------------
local FLOOR = { 0.62, 0.22, 0.06 }      -- lowest train loss per capacity
local RATE  = { 0.000, 0.006, 0.014 }   -- how fast the val gap opens
local START = { 999, 14, 8 }            -- epoch where memorising begins

function M.curve(k)
  local pts, speed = {}, (k.lr == "low") and 0.04 or 0.18
  for t = 1, k.epochs do
    local train, val
    if k.lr == "high" then
      train = math.min(9.99, 1.0 + 0.35 * t)      -- diverges
      val = train
    else
      local floor = FLOOR[k.cap] + (k.reg == 1 and 0.03 or 0)
      train = floor + (1.0 - floor) * math.exp(-speed * t)
      local rate = RATE[k.cap] * (k.reg == 1 and 0.3 or 1) / k.data
      local gap = 0.04 + rate * math.max(0, t - START[k.cap])
      if k.data == 4 then gap = gap * 0.8 end
      val = train + gap
    end
    pts[#pts + 1] = { epoch = t, train = train, val = val }
  end
  -- early stopping: stop 3 epochs after the best val, keep the best
  local best = 1
  for i, p in ipairs(pts) do
    if p.val < pts[best].val then best = i end
    if k.stop and i - best >= 3 then break end
  end
  local last = k.stop and pts[best] or pts[#pts]
  local verdict
  if k.lr == "high" then verdict = "diverged"
  elseif last.train > 0.45 then verdict = "underfit"
  elseif last.val - last.train > 0.15 then verdict = "overfit"
  else verdict = "good" end
  return pts, verdict, last, best
end

------------------------------------------------------------------------
-- 2. The Serving Bay (level 5): latency and cost of a serving setup.
-- s.runtime = "eager"|"ort"|"ort_int8"; s.hw = "cpu4"|"gpu1";
-- s.max_batch = 1|8|32; s.delay_ms = 0|5|50; rate = requests per second.
------------------------------------------------------------------------
local COST = { cpu4 = 0.80, gpu1 = 2.50 }       -- scenario $/hour
local function batch_ms(s, b)                    -- time for one batch
  if s.hw == "gpu1" then return 6 + 0.4 * b end  -- any runtime
  local fixed = ({ eager = 8, ort = 5, ort_int8 = 4 })[s.runtime]
  local per = ({ eager = 6, ort = 4, ort_int8 = 2.5 })[s.runtime]
  return fixed + per * b
end

function M.serve(s, rate)
  local workers = (s.hw == "cpu4") and 4 or 1
  local lam = rate / 1000 / workers              -- requests/ms/worker
  local b = 1
  for _ = 1, 20 do                                -- fixed point
    local t = batch_ms(s, b)
    b = math.max(1, math.min(s.max_batch, math.ceil(lam * (s.delay_ms + t))))
  end
  local t = batch_ms(s, b)
  local capacity = workers * b / t * 1000         -- requests/s
  local rho = rate / capacity
  local r = { batch = b, batch_ms = t, capacity = capacity, rho = rho }
  if rho >= 1 then
    r.p50, r.p99 = math.huge, math.huge
  else
    r.p50 = s.delay_ms / 2 + t
    r.p99 = s.delay_ms + t * (1 + 2 * rho / (1 - rho))
  end
  r.cost_per_million = COST[s.hw] / (rate * 3600) * 1e6
  r.accuracy = (s.runtime == "ort_int8") and 0.912 or 0.916
  return r
end

------------------------------------------------------------------------
-- 3. The Loop Ring (level 1): five slots around a ring, filled in order.
-- order = list of op names as placed clockwise from the top slot.
-- Returns 8 loss values (one per step) or an error message.
------------------------------------------------------------------------
M.loop_losses = {
  ok       = { 2.30, 1.62, 1.21, 0.93, 0.74, 0.61, 0.52, 0.46 },
  flat     = { 2.30, 2.30, 2.30, 2.30, 2.30, 2.30, 2.30, 2.30 },
  accum    = { 2.30, 1.62, 1.35, 1.60, 2.10, 2.95, 4.12, 5.80 },
}
function M.loop(order)
  local pos = {}
  for i, op in ipairs(order) do pos[op] = i end
  for _, op in ipairs({ "forward", "loss", "backward", "step" }) do
    if not pos[op] then return nil, "missing " .. op end
  end
  if pos.no_grad then
    return nil, "RuntimeError: element 0 of tensors does not require grad"
  end
  if pos.loss < pos.forward then return nil, "NameError: logits is not defined" end
  if pos.backward < pos.loss then return nil, "NameError: loss is not defined" end
  if not pos.zero_grad then return M.loop_losses.accum, "gradients pile up" end
  -- the ring is a cycle: zero_grad may sit anywhere outside backward..step
  if pos.step < pos.backward then return M.loop_losses.flat, "step before backward" end
  if pos.zero_grad > pos.backward and pos.zero_grad < pos.step then
    return M.loop_losses.flat, "zero_grad wipes the gradients before step"
  end
  return M.loop_losses.ok, "loss falls"
end

------------------------------------------------------------------------
-- 4. The fine-tuning bench (level 4): scenario numbers, 1,200 images,
-- 8 defect classes. Keys: backbone ("none"|"vision-base"), freeze,
-- head, unfreeze ("no"|"1e-5"|"1e-3").
------------------------------------------------------------------------
function M.finetune(k)
  if k.backbone == "none" then
    return { acc = 0.55, gpu_hours = 6.0, note = "scratch: too few photos" }
  end
  if not k.head then return { acc = nil, note = "no head for 8 classes" } end
  if not k.freeze then
    return { acc = 0.71, gpu_hours = 0.8, note = "random head broke features" }
  end
  if k.unfreeze == "1e-5" then
    return { acc = 0.92, gpu_hours = 0.8, note = "fine-tuned gently" }
  elseif k.unfreeze == "1e-3" then
    return { acc = 0.74, gpu_hours = 0.8, note = "lr too big for fine-tuning" }
  end
  return { acc = 0.88, gpu_hours = 0.3, note = "frozen backbone, new head" }
end

------------------------------------------------------------------------
-- 5. Launch week (level 5): what each monitor shows per day. A new
-- product launches on day 4; labels arrive 3 days late.
------------------------------------------------------------------------
M.week = {
  --  unseen-word share, billing share, labelled accuracy (nil = not yet)
  { unseen = 0.02, billing = 0.31, acc = 0.91 },
  { unseen = 0.02, billing = 0.30, acc = 0.91 },
  { unseen = 0.02, billing = 0.31, acc = 0.91 },
  { unseen = 0.12, billing = 0.22, acc = nil },   -- launch day
  { unseen = 0.13, billing = 0.21, acc = nil },
  { unseen = 0.12, billing = 0.22, acc = nil },
  { unseen = 0.12, billing = 0.22, acc = 0.84 },  -- day 4's labels arrive
}
M.alerts = {                  -- day on which each monitor first fires
  input_drift = 4, prediction_mix = 4, delayed_accuracy = 7,
  p99_latency = nil, error_rate = nil,
}

------------------------------------------------------------------------
-- 6. The shape gate (level 1): which tensor nn.Linear(784, 128) takes.
------------------------------------------------------------------------
M.shapes = {
  ["(32, 784)"] = true,
  ["(32, 1000)"] = "RuntimeError: mat1 and mat2 shapes cannot be multiplied (32x1000 and 784x128)",
  ["(32, 1, 28, 28)"] = "RuntimeError: mat1 and mat2 shapes cannot be multiplied (896x28 and 784x128): flatten first",
}

------------------------------------------------------------------------
-- Helpers for the levels.
------------------------------------------------------------------------
-- Every token a level spawned, by id: its props (sq.entity has none).
M.tokens = {}
function M.remember(self) M.tokens[self.id] = self.props end

-- The prop `field` of whatever sits on each pad, by pad key.
function M.read(pads, field)
  local out = {}
  for key, id in pairs(pads) do
    local token = sq.on_slot(id)
    out[key] = token and M.tokens[token] and M.tokens[token][field] or nil
  end
  return out
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

-- A newcomer who starts a level on its own may lack what the quest taught
-- before: the mentor teaches each missing prerequisite and asks its warm-up
-- (bank items), one at a time; on_answer calls this again. True while
-- something was asked.
M.warmups = { python = "ai_warm_python", deep_learning = "ai_warm_deep", pytorch = "ai_warm_pytorch" }
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

return M
