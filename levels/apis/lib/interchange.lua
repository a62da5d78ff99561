-- levels/apis/lib/interchange.lua: the quest's own mechanic, shared by its
-- levels. The Interchange is a station of service rooms: the player carries
-- tokens (status cards, model fields, checks, client settings, design
-- choices) to slots (request counters, a model's fields, a gateway's
-- checks, a client's settings, a design board). Each level says which token
-- a slot takes (cfg.accept, with a reason when it refuses) and what follows
-- (cfg.placed, cfg.taken). Messages fly between rooms as orbs (M.fly), so
-- the player sees a request travel, a retry storm gather, a charge land.
local M = {}

local S = {
  cfg = {},
  slots = {},      -- slot entity id -> { id, key, label, value, token }
  order = {},      -- slot ids in spawn order
  by_key = {},     -- slot key -> slot id
  orbs = {},       -- { id, x, y, tx, ty, speed, done }
  names = {},      -- entity name -> id (rooms, clients, services)
}

function M.setup(cfg)
  S.cfg = cfg or {}
end

function M.named(self)
  if self.name then S.names[self.name] = self.id end
end

function M.id(name)
  return S.names[name]
end

function M.token_spawned(self)
  M.named(self)
  sq.set_label(self.id, self.props.label or self.name or "", true)
end

function M.slot_spawned(self)
  M.named(self)
  local key = self.props.slot or self.name
  S.slots[self.id] = { id = self.id, key = key, label = self.props.label or self.name, props = self.props }
  S.order[#S.order + 1] = self.id
  S.by_key[key] = self.id
  sq.set_label(self.id, self.props.label or self.name, true)
end

-- The slot's state by its key (the slot prop, or its name): id, key, label,
-- props, and the value and token placed on it.
function M.slot(key)
  local id = S.by_key[key]
  return id and S.slots[id]
end

function M.value(key)
  local s = M.slot(key)
  return s and s.value
end

function M.filled()
  for _, id in ipairs(S.order) do
    if not S.slots[id].value then return false end
  end
  return #S.order > 0
end

function M.count_filled()
  local n = 0
  for _, id in ipairs(S.order) do
    if S.slots[id].value then n = n + 1 end
  end
  return n, #S.order
end

-- on_place of a slot: the level's accept decides; a refusal says why.
function M.place(slot, token)
  local s = S.slots[slot.id]
  if not s then return false, "That does not go there." end
  if S.cfg.accept then
    local ok, why = S.cfg.accept(s, token.props, token)
    if not ok then return false, why end
  end
  s.value, s.token = token.props.value or token.name, token.id
  sq.set_sprite(slot.id, "slot_lit")
  sq.set_label(token.id, "", true)
  sq.set_label(slot.id, s.label .. "\n" .. (token.props.shown or token.props.label or s.value), true)
  if S.cfg.placed then S.cfg.placed(s, token.props, token) end
  return true
end

function M.take(slot, token)
  local s = S.slots[slot.id]
  if not s then return end
  s.value, s.token = nil, nil
  sq.set_sprite(slot.id, "slot")
  sq.set_label(token.id, token.props.label or token.name or "", true)
  sq.set_label(slot.id, s.label, true)
  if S.cfg.taken then S.cfg.taken(s, token.props, token) end
end

-- A message orb flies from one entity to another (names or ids), at
-- `speed` tiles a second, and calls done() when it arrives.
function M.fly(from, to, done, speed)
  local a = sq.entity(type(from) == "string" and S.names[from] or from)
  local b = sq.entity(type(to) == "string" and S.names[to] or to)
  if not a or not b then
    if done then done() end
    return
  end
  local id = sq.spawn{ type = "msg", x = a.x, y = a.y }
  S.orbs[#S.orbs + 1] = { id = id, x = a.x, y = a.y, tx = b.x, ty = b.y, speed = speed or 8, done = done }
end

function M.flying()
  return #S.orbs
end

-- From the level's on_update.
function M.update(dt)
  local i = 1
  while i <= #S.orbs do
    local o = S.orbs[i]
    local step = o.speed * dt
    local dx, dy = o.tx - o.x, o.ty - o.y
    local d = math.sqrt(dx * dx + dy * dy)
    if d <= step then
      sq.remove(o.id)
      table.remove(S.orbs, i)
      if o.done then o.done() end
    else
      o.x, o.y = o.x + dx / d * step, o.y + dy / d * step
      sq.move(o.id, o.x + 0.25, o.y + 0.25)
      i = i + 1
    end
  end
end

-- Runs fns one after another, `gap` seconds apart, then done().
function M.sequence(fns, gap, done)
  local i = 0
  local function step()
    i = i + 1
    if fns[i] then
      fns[i]()
      sq.after(gap, step)
    elseif done then
      done()
    end
  end
  step()
end

-- A bar line for sq.panel: words that say the number, a value 0..1, a tone.
function M.bar(words, value, tone)
  return { words, value = math.max(0, math.min(1, value)), tone = tone }
end

return M
