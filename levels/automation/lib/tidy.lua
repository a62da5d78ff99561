-- levels/automation/lib/tidy.lua: the quest's own mechanic, TIDY's program
-- rack. The player carries step cards (a line of a script, a crontab
-- schedule, a pipeline stage) onto the numbered slots of the rack and pulls
-- the run lever. TIDY, the workshop robot, runs the program from a fresh copy
-- of the room, then runs it AGAIN (a retry, the next night, the next push),
-- walking to what each step touches. A step that raises stops that run, as an
-- exception stops a script; a step that does the wrong thing quietly goes on.
-- The panel shows each run as it happens, and TIDY says what went wrong.
--
-- A level calls M.setup(config) in on_start:
--   config.steps[id] = { run = function(fs, ctx) return ok, words end,
--                        dry = "what a dry run prints", at = "spot name",
--                        always = true (runs even after a failure) }
--     ok: true (done), "warn" (done, but wrong: it goes on), false (raised).
--   config.fresh()        -> the room before the first run (a table)
--   config.runs(program)  -> the runs: { { label = "Run 1", ... }, ... }
--     (each run table is the ctx its steps get; ctx.failed says a step raised)
--   config.judge(fs, runs, program) -> good, words
--   config.goal           -> the goal met when good
--   config.title, config.who ("TIDY"), config.pace (seconds a step)
--   config.summary(ctx)   -> a run's words on the panel at the end (short)
-- and wires its behaviours to M.slot_spawned, M.place, M.take, M.token_spawned,
-- M.spot_spawned, M.robot_spawned, M.lamp_spawned, M.run, M.dry_run.
local M = {}

local S = {
  slots = {},       -- index -> slot id
  kinds = {},       -- slot id -> the kind of card it takes ("step", "schedule", ...)
  spots = {},       -- spot name -> entity id
  steps = {},       -- token id -> step id
  robot = nil, lamp = nil, home = nil,
  running = false, good = false, dried = false,
  lines = {},
}
local C = nil

function M.setup(config)
  C = config
  M.panel({ "Cards on every slot,", "then pull the RUN lever." })
end

-- A panel line holds at most 80 bytes.
local function clip(text)
  if #text <= 78 then return text end
  return text:sub(1, 75) .. "..."
end

function M.panel(lines)
  S.lines = lines
  local out = { title = C and C.title or "TIDY's program" }
  for i, line in ipairs(lines) do
    if i <= 8 then
      if type(line) == "table" then
        line = { clip(line[1]), tone = line.tone, value = line.value }
      else
        line = clip(line)
      end
      out[#out + 1] = line
    end
  end
  sq.panel(out)
end

function M.slot_spawned(self)
  local i = math.tointeger(tonumber(self.props.index)) or (#S.slots + 1)
  S.slots[i] = self.id
  S.kinds[self.id] = self.props.kind or "step"
  S.labels = S.labels or {}
  S.labels[self.id] = self.props.label or ("slot " .. i)
  sq.set_label(self.id, S.labels[self.id], true)
end

function M.token_spawned(self)
  S.steps[self.id] = self.props.step
  sq.set_label(self.id, self.props.label, true)
end

function M.spot_spawned(self)
  S.spots[self.props.spot or self.name] = self.id
  if self.props.label then sq.set_label(self.id, self.props.label, true) end
end

function M.robot_spawned(self)
  S.robot = self.id
  local e = sq.entity(self.id)
  S.home = { e.x, e.y }
  sq.set_label(self.id, "TIDY", true)
end

function M.lamp_spawned(self)
  S.lamp = self.id
end

local function lamp(sprite)
  if S.lamp then sq.set_sprite(S.lamp, sprite) end
end

function M.place(slot, token)
  if S.running then return false, "TIDY is running the program: wait for it to finish." end
  local want = S.kinds[slot.id] or "step"
  local kind = token.props.kind or "step"
  if want ~= kind then
    if want == "schedule" then return false, "This slot takes the schedule card: when the job runs." end
    return false, "This slot takes a step of the script, not a " .. kind .. "."
  end
  sq.set_sprite(slot.id, "slot_lit")
  sq.set_label(slot.id, "Take back")   -- the card's own label says what is there
  lamp("lamp_off")
  return true
end

function M.take(slot, token)
  sq.set_sprite(slot.id, "slot")
  if S.labels and S.labels[slot.id] then sq.set_label(slot.id, S.labels[slot.id], true) end
  lamp("lamp_off")
end

-- The program on the rack, slot by slot: step ids, or nil and the empty slot.
local function program()
  local list = {}
  for i, slot in ipairs(S.slots) do
    local tok = sq.on_slot(slot)
    if not tok then return nil, i end
    list[i] = S.steps[tok]
  end
  return list
end

local function walk_to(step)
  local spot = C.steps[step] and C.steps[step].at
  local id = spot and S.spots[spot]
  if not (S.robot and id) then return end
  local e = sq.entity(id)
  if e then sq.move(S.robot, e.x, e.y + 1) end
end

local function go_home()
  if S.robot and S.home then sq.move(S.robot, S.home[1], S.home[2]) end
end

-- Runs the program over the runs the level gives; returns the events to show.
local function simulate(list)
  local fs = C.fresh()
  local runs = C.runs(list)
  local events = {}
  for r, ctx in ipairs(runs) do
    ctx.failed, ctx.warned, ctx.words = false, false, nil
    if ctx.before then ctx.before(fs, ctx) end
    for i, step in ipairs(list) do
      local def = C.steps[step]
      if not ctx.failed or def.always then
        local ok, words = def.run(fs, ctx)
        events[#events + 1] = { run = r, i = i, step = step, ok = ok, words = words }
        if ok == false then
          ctx.failed = true
          ctx.words = words
        elseif ok == "warn" then
          ctx.warned = true
          ctx.words = ctx.words or words
        end
      end
    end
  end
  local good, verdict = C.judge(fs, runs, list)
  return events, runs, good, verdict
end

-- Panel lines are short (the panel is about 28 characters wide): the
-- details are in what TIDY says at the end.
local function run_line(ctx, text, state)
  local tone = (state == "bad" and "bad") or (state == "warn" and "warn") or (state == "good" and "good") or nil
  return { (ctx.tag or ctx.label) .. ": " .. text, tone = tone }
end

-- The run lever: the program twice (or as the level's runs say).
function M.run()
  if S.running then return end
  local list, empty = program()
  if not list then
    sq.say(C.who or "TIDY", "Slot " .. empty .. " of my program is empty. Put a card on every slot, then pull the lever.")
    return
  end
  local events, runs, good, verdict = simulate(list)
  S.running = true
  lamp("lamp_amber")
  sq.sound("confirm")
  local lines = { "Running " .. #list .. " steps..." }
  for r = 1, #runs do lines[#lines + 1] = run_line(runs[r], "waiting") end
  M.panel(lines)
  local pace = C.pace or 0.5
  for k, ev in ipairs(events) do
    sq.after(pace * k, function()
      walk_to(ev.step)
      local state, text = nil, "step " .. ev.i .. " ok"
      if ev.ok == false then state, text = "bad", "step " .. ev.i .. " error"
      elseif ev.ok == "warn" then state, text = "warn", "step " .. ev.i .. " wrong!" end
      lines[ev.run + 1] = run_line(runs[ev.run], text, state)
      M.panel(lines)
      sq.sound(ev.ok == false and "bump" or "pickup")
    end)
  end
  sq.after(pace * (#events + 1) + 0.3, function()
    go_home()
    for r, ctx in ipairs(runs) do
      local text
      if C.summary then text = C.summary(ctx)
      elseif ctx.failed then text = "exit 1, stopped"
      elseif ctx.warned then text = "exit 0, but wrong"
      else text = "exit 0, all ok" end
      lines[r + 1] = run_line(ctx, text, ctx.failed and "bad" or (ctx.warned and "warn" or "good"))
    end
    lines[1] = "Ran " .. #list .. " steps, " .. #runs .. " runs"
    lines[#lines + 1] = { good and "Job green!" or "Not yet: ask TIDY", tone = good and "good" or "bad" }
    M.panel(lines)
    lamp(good and "lamp_green" or "lamp_red")
    S.running = false
    if good and not S.good then
      S.good = true
      sq.goal(C.goal or "job green")
      sq.xp(40)
      sq.sound("gate_open")
    end
    local pages = {}
    for _, ctx in ipairs(runs) do
      if ctx.failed then
        pages[#pages + 1] = ctx.label .. ": " .. ctx.words .. ". The run stopped there."
      elseif ctx.warned then
        pages[#pages + 1] = ctx.label .. ": no error, yet " .. ctx.words .. "."
      end
    end
    pages[#pages + 1] = (good and "Green: " or "Not yet: ") .. verdict
    S.last = pages
    if C.on_result then C.on_result(good, list) end
    sq.say(C.who or "TIDY", table.unpack(pages))
  end)
end

-- The dry-run lever: what the program WOULD do, and nothing changes.
function M.dry_run()
  if S.running then return end
  local list, empty = program()
  if not list then
    sq.say(C.who or "TIDY", "Slot " .. empty .. " is empty: a dry run needs the whole program too.")
    return
  end
  local pages = {}
  for i, step in ipairs(list) do
    pages[#pages + 1] = "DRY RUN " .. i .. ": would " .. (C.steps[step].dry or "run this step")
  end
  pages[#pages + 1] = "Nothing was changed. Read the list: is it what you meant? Then pull the run lever."
  M.panel({ "DRY RUN: " .. #list .. " steps listed", { "Nothing changed", tone = "good" } })
  if not S.dried then
    S.dried = true
    sq.goal("dry run")
  end
  sq.say(C.who or "TIDY", table.unpack(pages))
end

-- TIDY, talked to: what the last run showed, or what it does.
function M.robot_talk(default)
  if S.last then
    sq.say(C and C.who or "TIDY", table.unpack(S.last))
  else
    sq.say(C and C.who or "TIDY", default)
  end
end

function M.is_good()
  return S.good
end

return M
