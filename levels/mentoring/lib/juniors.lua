-- levels/mentoring/lib/juniors.lua: the Mentoring quest's own mechanic,
-- shared by its levels (sq.module("juniors")). Juniors (and new colleagues)
-- come into the room with real problems. The player takes a kind of help
-- from a help stack (a card: a question, a pointer to the docs, a pairing
-- session, "do it for them"...) and carries it to a junior. The right help
-- for the problem in hand moves the junior on: their label and the panel
-- show them working on their own. Doing it for them is always accepted, and
-- looks fast; a few seconds later the junior is stuck again on the same kind
-- of problem, and less sure of themselves than before. Other help that does
-- not fit is refused with the junior's own reason.
--
-- A level declares its juniors as `junior` entities (props: `needs`, the
-- help kinds they need one after another, "question, docs"; `problem`,
-- what they say about the problem in hand, one per need, split by "|")
-- and its help stacks as `help` entities (prop `kind`). It passes the
-- reasons a wrong help is refused in M.setup{ refuse = { [kind] = "..." } }.
-- sq.goal("helped NAME") when a junior's needs are all met, and
-- sq.goal("juniors growing") when every junior of the room is.
local M = {}

local S = {
  juniors = {},     -- name -> state
  order = {},       -- names in spawn order
  refuse = {},      -- kind -> a reason (a junior's own words), or a function
  on_help = nil,    -- function(name, kind, right) the level hears of each help
  title = "Juniors",
  redo_after = 5,   -- seconds until "done for them" turns into "stuck again"
  done = false,
}

local function split(text, sep)
  local list = {}
  for part in string.gmatch(text or "", "[^" .. sep .. "]+") do
    list[#list + 1] = part:gsub("^%s+", ""):gsub("%s+$", "")
  end
  return list
end

function M.setup(opts)
  S.refuse = opts.refuse or {}
  S.on_help = opts.on_help
  S.title = opts.title or S.title
  S.labels = opts.labels or {}
  S.redo_after = opts.redo_after or S.redo_after
end

local function short(j)
  if j.state == "stuck" then return "stuck" end
  if j.state == "trying" then return "trying it" end
  if j.state == "did_for" then return "done (by you)" end
  if j.state == "again" then return "stuck again" end
  return "on their own"
end

local function label(j)
  sq.set_label(j.id, j.name .. "\n" .. short(j), true)
end

function M.panel()
  local lines = { title = S.title }
  for _, name in ipairs(S.order) do
    local j = S.juniors[name]
    local n = #j.needs
    local text = string.format("%s: %s %d/%d", name, short(j), j.step - 1, n)
    local tone = (j.state == "own") and "good" or ((j.state == "again" or j.state == "did_for") and "bad" or nil)
    lines[#lines + 1] = { text, value = (j.step - 1) / n, tone = tone }
  end
  local redo = 0
  for _, name in ipairs(S.order) do redo = redo + S.juniors[name].redos end
  if redo > 0 then
    lines[#lines + 1] = { "Done for them: " .. redo, tone = "bad" }
  end
  sq.panel(lines)
end

function M.junior_spawned(self)
  local j = {
    id = self.id, name = self.name,
    needs = split(self.props.needs, ","),
    problems = split(self.props.problem, "|"),
    step = 1, state = "stuck", redos = 0,
  }
  S.juniors[j.name] = j
  S.order[#S.order + 1] = j.name
  label(j)
end

-- What the junior says when the player talks to them.
function M.talk(name)
  local j = S.juniors[name]
  if not j then return end
  if j.state == "own" then
    sq.say(name, "I'm fine on my own now, thanks. I know where to look next time.")
  elseif j.state == "did_for" then
    sq.say(name, "You fixed it for me, thanks... I'm not sure I could do it again.")
  else
    local text = j.problems[j.step] or j.problems[#j.problems] or "I'm stuck."
    if j.state == "again" then text = "It happened again, somewhere else. " .. text end
    sq.say(name, text)
  end
end

function M.need(name)
  local j = S.juniors[name]
  return j and j.needs[j.step]
end

function M.state(name)
  local j = S.juniors[name]
  return j and j.state
end

function M.redos()
  local n = 0
  for _, name in ipairs(S.order) do n = n + S.juniors[name].redos end
  return n
end

local function check_all()
  if S.done then return end
  for _, name in ipairs(S.order) do
    if S.juniors[name].state ~= "own" then return end
  end
  S.done = true
  sq.goal("juniors growing")
end

-- on_place of a junior: may this help card go to them?
function M.place(slot, token)
  local j = S.juniors[slot.name]
  local kind = token.props.kind
  if not j or not kind then return false, "Hand over help: a card from one of the help stacks." end
  if j.state == "own" then return false, j.name .. " is fine on their own now." end
  if j.state == "trying" or j.state == "did_for" then
    return false, j.name .. " is busy with the last help."
  end
  local need = j.needs[j.step]
  if kind == "doit" then
    j.state = "did_for"
    j.redos = j.redos + 1
    -- The quest remembers how often the player did a junior's work for them.
    sq.keep("done_for_them", tostring((tonumber(sq.kept("done_for_them")) or 0) + 1))
    label(j); M.panel()
    if S.on_help then S.on_help(j.name, kind, false) end
    sq.after(1.2, function() sq.remove(token.id) end)
    sq.after(S.redo_after, function()
      j.state = "again"
      label(j); M.panel()
      sq.say(j.name, "It broke again, in a new place, and I still don't know how you fixed it "
        .. "the first time. Can you help me understand it this time?")
    end)
    return true
  end
  if kind ~= need then
    local why = S.refuse[need .. ">" .. kind] or S.refuse[kind] or "That does not help with this problem."
    if S.on_help then S.on_help(j.name, kind, false) end
    return false, j.name .. ": " .. why
  end
  j.state = "trying"
  label(j); M.panel()
  if S.on_help then S.on_help(j.name, kind, true) end
  sq.after(1.2, function() sq.remove(token.id) end)
  sq.after(2, function()
    j.step = j.step + 1
    if j.step > #j.needs then
      j.state = "own"
      sq.goal("helped " .. j.name)
      sq.xp(15)
    else
      j.state = "stuck"
    end
    label(j); M.panel()
    check_all()
  end)
  return true
end

-- A help stack: Enter hands the player a fresh card of its kind (a card
-- already in hand goes back).
function M.stack_spawned(self)
  sq.set_label(self.id, self.props.label or self.name, true)
end

function M.take_card(self)
  if sq.carried() then
    -- Swapping: the card in hand goes back on the stacks, a new one comes.
    sq.remove(sq.carried())
  end
  local p = sq.player()
  local id = sq.spawn{ type = "card", x = math.floor(p.x + 0.5), y = math.floor(p.y + 0.5),
    name = self.props.kind .. " card", kind = self.props.kind, label = self.props.label,
    pic = self.props.pic }
  sq.carry(id)
end

function M.all_done() return S.done end

return M
