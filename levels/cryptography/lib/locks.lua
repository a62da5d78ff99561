-- levels/cryptography/lib/locks.lua: the quest's own mechanic, locks and
-- keys. Every lock in the vault asks for one job ("store a password",
-- "prove a release is ours"), and the keys lying about are primitives and
-- key material (SHA-256, HMAC, Argon2id, AES-GCM, a private key...). The
-- player carries a key to a lock: the right one opens the lock and its door,
-- a wrong one is refused with the reason it does not do that job. When
-- every lock of the level is open, the level's on_all runs (it opens the
-- vault door and meets a goal).
--
-- A level uses it like this:
--   behaviours: key (carried; props key, label), lock (a slot; props job,
--   wants, door), door (props none; named, so a lock can open it), each
--   calling M.key_spawned / M.lock_spawned / M.place / M.take / M.door_spawned;
--   on_start: M.config{ title = "...", reasons = { [lock name] = { [key] = "why" } },
--                       on_open = function(lock, token) end, on_all = function() end }.
local M = {}

local S = {
  cfg = { reasons = {} },
  locks = {},     -- slot id -> { name, job, wants, door, open }
  order = {},     -- slot ids in spawn order
  doors = {},     -- door name -> entity id
  opened = 0,
  all = false,
}

function M.config(cfg)
  S.cfg = cfg
  S.cfg.reasons = cfg.reasons or {}
end

-- From the level's on_update: the panel shows only while the player is in
-- the lock hall (rows above `row`), so it never hides the study.
function M.follow(row)
  local inside = sq.player().y < row
  if inside ~= S.shown then
    S.shown = inside
    if inside then M.panel() else sq.panel(nil) end
  end
end

local function short(job)
  return (job:gsub("\n", " "))
end

function M.panel()
  local lines = { title = S.cfg.title or "Vault locks" }
  for _, id in ipairs(S.order) do
    local l = S.locks[id]
    lines[#lines + 1] = { (l.short or short(l.job)) .. (l.open and ": open" or ": locked"),
      tone = l.open and "good" or nil }
  end
  lines[#lines + 1] = { S.opened .. " of " .. #S.order .. " open",
    value = #S.order > 0 and S.opened / #S.order or 0,
    tone = S.opened == #S.order and "good" or "warn" }
  sq.panel(lines)
end

function M.key_spawned(self)
  sq.set_label(self.id, self.props.label, true)
end

-- A key's on_interact: pick it up; a key already in hand is put down first
-- (swapped), so the player never has to find an empty spot.
function M.pick(self)
  local held = sq.carried()
  if held and held ~= self.id then
    -- The tile in front is this key's own: let the held one go down there.
    sq.set_solid(self.id, false)
    local dropped = sq.drop()
    sq.set_solid(self.id, true)
    if not dropped then
      sq.say("Keys", "Your hands are full: put the key you carry down first ({confirm} away from things).")
      return
    end
  end
  sq.carry(self.id)
end

function M.lock_spawned(self)
  S.locks[self.id] = { name = self.name, job = self.props.job, wants = self.props.wants,
    door = self.props.door, short = self.props.short, open = false }
  S.order[#S.order + 1] = self.id
  sq.set_label(self.id, self.props.job, true)
end

function M.door_spawned(self)
  S.doors[self.name] = self.id
end

local function set_door(name, open)
  local id = name and S.doors[name]
  if not id then return end
  if open then
    sq.open_gate(id)
    sq.set_sprite(id, "door_open")
  else
    sq.close_gate(id)
    sq.set_sprite(id, "door_locked")
  end
end

function M.open_door(name)
  set_door(name, true)
end

-- The lock's on_place: the right key opens it, any other is refused with why.
function M.place(slot, token)
  local l = S.locks[slot.id]
  if not l then return false, "That is not a lock." end
  local key = token.props.key
  if not key then return false, "Only a key opens a lock." end
  if key ~= l.wants then
    local why = (S.cfg.reasons[l.name] or {})[key] or token.props.no
      or S.cfg.default or "That key does not do this job."
    return false, why
  end
  l.open = true
  S.opened = S.opened + 1
  sq.set_sprite(slot.id, "slot_lit")
  sq.set_label(slot.id, l.job .. "\n[" .. token.props.label .. "]", true)
  sq.set_label(token.id, "", true)
  set_door(l.door, true)
  sq.sound("pickup")
  M.panel()
  if S.cfg.on_open then S.cfg.on_open(l, token) end
  if S.opened == #S.order and not S.all then
    S.all = true
    if S.cfg.on_all then S.cfg.on_all() end
  end
  return true
end

-- The player took a key back: its lock shuts again.
function M.take(slot, token)
  local l = S.locks[slot.id]
  if not l or not l.open then return end
  l.open = false
  S.opened = S.opened - 1
  sq.set_sprite(slot.id, "slot")
  sq.set_label(slot.id, l.job, true)
  sq.set_label(token.id, token.props.label, true)
  set_door(l.door, false)
  M.panel()
end

function M.all_open()
  return S.all
end

function M.opened()
  return S.opened
end

return M
