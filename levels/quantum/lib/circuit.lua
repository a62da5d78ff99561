-- levels/quantum/lib/circuit.lua: the quest's own mechanic, a circuit board
-- in the room. Each qubit is a wire of slots (one per step, left to right);
-- the player carries gate tokens (H, X, Z, CNOT) onto the slots and watches
-- the panel: the state's amplitudes and each outcome's probability change as
-- the gates go in. The measure lever runs 1000 shots and shows the counts,
-- and checks the board against the task in hand.
--
-- The simulation is exact for these gates: a state vector of 2^n real
-- amplitudes (H, X, Z and CNOT never make an amplitude complex). Outcomes are
-- written as Qiskit writes them: qubit 0 is the rightmost bit ("10" is q1 = 1,
-- q0 = 0). A CNOT placed on a qubit's slot uses that qubit as the control and
-- the other one as the target, so it takes both wires in its step.
-- The noisy device (level 3) mixes a made-up 8% of shots into a uniform
-- spread: enough to see noise, not a model of any real machine.
local M = {}

local S = {
  n = 1, cols = 3,
  grid = {},        -- grid[col][q] = "H" | "X" | "Z" | "CX" | nil
  slots = {},       -- slot entity id -> { q, col }
  at = {},          -- at[col][q] = slot entity id
  tasks = {},       -- { text, check = function(probs, grid) -> bool }
  stage = 1,
  counts = nil,     -- the last run's counts by outcome string
  noise = 0,        -- share of shots scrambled (the noisy device)
  backend = "ideal simulator",
  goal = "board right",
  on_done = nil,    -- called with the finished task's number
  title = "Circuit board",
}

function M.setup(opts)
  S.n = opts.qubits or 1
  S.cols = opts.cols or 3
  S.tasks = opts.tasks or {}
  S.goal = opts.goal or "board right"
  S.on_done = opts.on_done
  S.title = opts.title or "Circuit board"
  S.grid = {}
  for c = 1, S.cols do S.grid[c] = {} end
  S.stage, S.counts, S.noise, S.backend = 1, nil, 0, "ideal simulator"
  S.done, S.any_order = {}, opts.any_order
end

local function outcome(i)
  local s = ""
  for q = 0, S.n - 1 do
    s = ((i >> q) & 1 == 1 and "1" or "0") .. s
  end
  return s
end

-- The state after every gate on the board: amplitudes by basis index.
function M.amplitudes()
  local dim = 1 << S.n
  local amp = {}
  for i = 0, dim - 1 do amp[i] = 0 end
  amp[0] = 1
  local r = 1 / math.sqrt(2)
  for c = 1, S.cols do
    for q = 0, S.n - 1 do
      local g = S.grid[c][q]
      local bit = 1 << q
      if g == "CX" then
        local t = 1 - q
        local tb = 1 << t
        for i = 0, dim - 1 do
          if i & bit ~= 0 and i & tb == 0 then
            amp[i], amp[i | tb] = amp[i | tb], amp[i]
          end
        end
      elseif g then
        for i = 0, dim - 1 do
          if i & bit == 0 then
            local j = i | bit
            local a, b = amp[i], amp[j]
            if g == "H" then amp[i], amp[j] = (a + b) * r, (a - b) * r
            elseif g == "X" then amp[i], amp[j] = b, a
            elseif g == "Z" then amp[j] = -b end
          end
        end
      end
    end
  end
  return amp
end

-- Probabilities by outcome string ("0", "1" or "00".."11"), noise included.
function M.probs()
  local amp = M.amplitudes()
  local dim = 1 << S.n
  local p = {}
  for i = 0, dim - 1 do
    p[outcome(i)] = (1 - S.noise) * amp[i] * amp[i] + S.noise / dim
  end
  return p
end

function M.ideal_probs()
  local noise = S.noise
  S.noise = 0
  local p = M.probs()
  S.noise = noise
  return p
end

-- Which gates are on the board, for the tasks: used["X"] is a count.
function M.used()
  local u = {}
  for c = 1, S.cols do
    for q = 0, S.n - 1 do
      local g = S.grid[c][q]
      if g then u[g] = (u[g] or 0) + 1 end
    end
  end
  return u
end

function M.gate_at(col, q) return S.grid[col][q] end

local function fmt(x)
  if math.abs(x) < 0.005 then return nil end
  local s = string.format("%.2f", math.abs(x))
  if s == "1.00" then s = "1" end
  return (x < 0 and "-" or "+") .. s
end

local function state_line()
  local amp = M.amplitudes()
  local parts = {}
  for i = 0, (1 << S.n) - 1 do
    local a = fmt(amp[i])
    if a then parts[#parts + 1] = a .. "|" .. outcome(i) .. ">" end
  end
  local s = table.concat(parts, " ")
  return "State: " .. s:gsub("^%+", "")
end

function M.panel()
  local p = M.probs()
  local lines = { state_line() }
  for i = 0, (1 << S.n) - 1 do
    local o = outcome(i)
    local text = string.format("%s: %d%%", o, math.floor(p[o] * 100 + 0.5))
    if S.counts then text = text .. string.format("   shots %d", S.counts[o] or 0) end
    lines[#lines + 1] = { text, value = p[o], tone = p[o] > 0.001 and "good" or nil }
  end
  lines[#lines + 1] = "Run on: " .. S.backend
  local task = S.tasks[S.stage]
  lines[#lines + 1] = task and ("Task: " .. task.text) or "Every task done"
  lines.title = S.title
  sq.panel(lines)
end

function M.slot_spawned(self)
  S.slots[self.id] = { q = self.props.q, col = self.props.col }
  S.at[self.props.col] = S.at[self.props.col] or {}
  S.at[self.props.col][self.props.q] = self.id
end

-- A CNOT's target: the other wire's slot in its step says so.
local function mark_target(col, q, text)
  local id = S.at[col] and S.at[col][1 - q]
  if id then sq.set_label(id, text, true) end
end

-- on_place of a slot: the rules of the board.
function M.place(slot, token)
  local g = token.props.gate
  if not g then return false, "Only a gate goes on a wire." end
  local at = S.slots[slot.id]
  if not at then return false, "That is not a wire of the board." end
  local col = S.grid[at.col]
  local other = 1 - at.q
  if g == "CX" then
    if S.n < 2 then return false, "A CNOT needs two qubits: this board has one." end
    if col[other] then return false, "A CNOT takes both wires of its step: clear the other wire first." end
  elseif S.n > 1 and col[other] == "CX" then
    return false, "A CNOT already takes both wires of this step."
  end
  col[at.q] = g
  if g == "CX" then mark_target(at.col, at.q, "target") end
  S.counts = nil
  sq.set_sprite(slot.id, "slot_lit")
  M.panel()
  return true
end

function M.take(slot, token)
  local at = S.slots[slot.id]
  if at then
    if S.grid[at.col][at.q] == "CX" then mark_target(at.col, at.q, "") end
    S.grid[at.col][at.q] = nil
  end
  S.counts = nil
  sq.set_sprite(slot.id, "slot")
  M.panel()
end

-- The backend switch (level 3): the ideal simulator or a noisy device.
function M.toggle_noise()
  if S.noise > 0 then
    S.noise, S.backend = 0, "ideal simulator"
  else
    S.noise, S.backend = 0.08, "noisy device"
  end
  S.counts = nil
  M.panel()
  return S.backend
end

function M.noisy() return S.noise > 0 end

-- The measure lever: 1000 shots, then the task in hand is checked.
-- Returns what the lab says about the run.
function M.measure(shots)
  shots = shots or 1000
  local p = M.probs()
  local order = {}
  for i = 0, (1 << S.n) - 1 do order[#order + 1] = outcome(i) end
  local counts = {}
  for _, o in ipairs(order) do counts[o] = 0 end
  for _ = 1, shots do
    local x, acc = sq.random(), 0
    local pick = order[#order]
    for _, o in ipairs(order) do
      acc = acc + p[o]
      if x < acc then pick = o; break end
    end
    counts[pick] = counts[pick] + 1
  end
  S.counts = counts
  local parts = {}
  for _, o in ipairs(order) do
    if counts[o] > 0 then parts[#parts + 1] = o .. ": " .. counts[o] end
  end
  local said = shots .. " shots: {" .. table.concat(parts, ", ") .. "}."
  -- The task in hand is checked; with any_order, every task not done yet.
  local hit
  for i = S.stage, #S.tasks do
    local task = S.tasks[i]
    if not S.done[i] and task.check(M.ideal_probs(), M.used(), S) then hit = i; break end
    if not S.any_order then break end
  end
  local task = S.tasks[hit or S.stage]
  if hit then
    S.done[hit] = true
    while S.done[S.stage] do S.stage = S.stage + 1 end
    said = said .. " " .. (task.done or "Task done.")
    if S.on_done then S.on_done(hit) end
    if not S.tasks[S.stage] then sq.goal(S.goal) end
  elseif task then
    said = said .. " " .. (task.miss or "Not what the task asks yet: change the gates and run again.")
  end
  M.panel()
  return said
end

function M.stage() return S.stage end

-- Helpers for the tasks.
function M.near(x, y) return math.abs(x - y) < 0.01 end

return M
