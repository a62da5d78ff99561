-- levels/iot/lib/mqtt.lua: the broker shed of level 3, the quest's own
-- mechanic: sensors wired to an MQTT broker. A sensor token on a bed's Pi
-- makes it publish on greenhouse/bedN/KIND; a topic filter token on a
-- subscriber subscribes it. Messages fly as orbs from the beds to the
-- broker, and the broker sends a copy to every subscriber whose filter
-- matches (the MQTT 5.0 rules: + is one level, # the rest and the parent,
-- and must be last; a leading wildcard never matches a $ topic). The panel
-- counts, for each subscriber, the messages it got and wanted, the ones it
-- wanted but missed, and the ones it got but did not want. Each wants: Dashboard every temperature,
-- Irrigation every soil reading, Logger everything.
-- sq.goal("routing right") once every bed publishes, the Dashboard's client
-- is fixed (M.connect) and every subscriber got at least two messages with
-- nothing missed or extra since its filter went in.
local M = {}

-- Does a topic filter match a topic name? (MQTT 5.0, 4.7)
function M.valid_filter(filter)
  local levels = {}
  for level in (filter .. "/"):gmatch("([^/]*)/") do levels[#levels + 1] = level end
  for i, level in ipairs(levels) do
    if level:find("#") and (level ~= "#" or i ~= #levels) then return false end
    if level:find("+") and level ~= "+" then return false end
  end
  return true
end

function M.matches(filter, topic)
  local f, t = {}, {}
  for level in (filter .. "/"):gmatch("([^/]*)/") do f[#f + 1] = level end
  for level in (topic .. "/"):gmatch("([^/]*)/") do t[#t + 1] = level end
  if (f[1] == "+" or f[1] == "#") and t[1]:sub(1, 1) == "$" then return false end
  for i, level in ipairs(f) do
    if level == "#" then return true end
    if t[i] == nil then return false end
    if level ~= "+" and level ~= t[i] then return false end
  end
  return #f == #t
end

local WANTS = {
  dashboard = function(topic) return topic:match("/temp$") ~= nil end,
  irrigation = function(topic) return topic:match("/soil$") ~= nil end,
  logger = function() return true end,
}
local TITLES = { dashboard = "Dashboard", irrigation = "Irrigation", logger = "Logger" }
local ORDER = { "dashboard", "irrigation", "logger" }

local S = {
  broker = nil,          -- the broker's entity id
  pubs = {},             -- bed slot id -> { bed = "bed1", kind = "temp"|"soil"|nil }
  pub_order = {},        -- bed slot ids, in spawn order
  subs = {},             -- role -> { id, filter, ok, missed, extra }
  orbs = {},             -- { id, x, y, tx, ty, topic, to }
  next_pub = 1,
  connected = false,     -- the Dashboard's client is fixed
  last = "waiting for a publisher",
  routed = false,
}

local function sub_line(role)
  local s = S.subs[role]
  if not s then return TITLES[role] .. ": -" end
  if role == "dashboard" and not S.connected then return "Dashboard: TypeError" end
  if not s.filter then return TITLES[role] .. ": no filter" end
  local text = string.format("%s: %d ok", TITLES[role], s.ok)
  if s.missed > 0 then text = text .. ", " .. s.missed .. " missed" end
  if s.extra > 0 then text = text .. ", " .. s.extra .. " extra" end
  local good = s.missed == 0 and s.extra == 0 and s.ok >= 2
  return { text, tone = good and "good" or ((s.extra > 0 or s.missed > 0) and "warn" or nil) }
end

function M.panel()
  sq.panel{
    title = "Broker: Mosquitto",
    sub_line("dashboard"), sub_line("irrigation"), sub_line("logger"),
    "Last: " .. S.last,
  }
end

function M.broker_spawned(self)
  S.broker = self.id
  sq.set_label(self.id, "MQTT broker", true)
end

function M.bed_spawned(self)
  S.pubs[self.id] = { bed = self.props.bed }
  S.pub_order[#S.pub_order + 1] = self.id
  sq.set_label(self.id, self.props.label, true)
end

function M.sub_spawned(self)
  S.subs[self.props.role] = { id = self.id, ok = 0, missed = 0, extra = 0 }
  sq.set_label(self.id, TITLES[self.props.role], true)
end

-- The Dashboard's client is fixed (its code exercise answered right).
function M.connect()
  S.connected = true
  local d = S.subs.dashboard
  if d then d.ok, d.missed, d.extra = 0, 0, 0 end
  M.panel()
end

local function topic_of(pub)
  return "greenhouse/" .. pub.bed .. "/" .. pub.kind
end

local function fly(from_x, from_y, to_x, to_y, topic, to)
  local id = sq.spawn{ type = "msg", x = from_x, y = from_y }
  S.orbs[#S.orbs + 1] = { id = id, x = from_x, y = from_y, tx = to_x, ty = to_y, topic = topic, to = to }
end

local function pos(id)
  local e = sq.entity(id)
  return e.x, e.y
end

-- The next bed with a sensor publishes one reading.
function M.publish()
  local n = #S.pub_order
  for _ = 1, n do
    local slot = S.pub_order[S.next_pub]
    S.next_pub = S.next_pub % n + 1
    local pub = S.pubs[slot]
    if pub.kind then
      local x, y = pos(slot)
      local bx, by = pos(S.broker)
      fly(x, y, bx, by, topic_of(pub), "broker")
      return
    end
  end
end

local function check_routed()
  if S.routed or not S.connected then return end
  for _, slot in ipairs(S.pub_order) do
    if not S.pubs[slot].kind then return end
  end
  for _, role in ipairs(ORDER) do
    local s = S.subs[role]
    if not s or s.ok < 2 or s.missed > 0 or s.extra > 0 then return end
  end
  S.routed = true
  sq.goal("routing right")
  sq.xp(30)
  sq.say("Hana", "Every bed publishes, and every subscriber gets exactly what it asked for: the "
    .. "broker does the routing, and no bed knows who listens. That is publish/subscribe.")
end

-- A message reached the broker: a copy to each subscriber that matches.
local function at_broker(orb)
  local bx, by = pos(S.broker)
  local to = {}
  for _, role in ipairs(ORDER) do
    local s = S.subs[role]
    local listening = s and s.filter and (role ~= "dashboard" or S.connected)
    local got = listening and M.matches(s.filter, orb.topic)
    if listening and WANTS[role](orb.topic) and not got then s.missed = s.missed + 1 end
    if got then
      local x, y = pos(s.id)
      fly(bx, by, x, y, orb.topic, role)
      to[#to + 1] = TITLES[role]:sub(1, 3)
    end
  end
  S.last = orb.topic:gsub("^greenhouse/", "") .. " > " .. (#to > 0 and table.concat(to, ",") or "none")
  M.panel()
end

local function at_subscriber(orb)
  local s = S.subs[orb.to]
  if WANTS[orb.to](orb.topic) then s.ok = s.ok + 1 else s.extra = s.extra + 1 end
  M.panel()
  check_routed()
end

-- From the level's on_update: the orbs fly 8 tiles a second.
function M.update(dt)
  local step = 8 * dt
  local i = 1
  while i <= #S.orbs do
    local o = S.orbs[i]
    local dx, dy = o.tx - o.x, o.ty - o.y
    local d = math.sqrt(dx * dx + dy * dy)
    if d <= step then
      sq.remove(o.id)
      table.remove(S.orbs, i)
      if o.to == "broker" then at_broker(o) else at_subscriber(o) end
    else
      o.x, o.y = o.x + dx / d * step, o.y + dy / d * step
      sq.move(o.id, o.x + 0.25, o.y + 0.25)
      i = i + 1
    end
  end
end

-- on_place of the beds and the subscribers.
function M.place(slot, token)
  local role = slot.props.role
  if role then
    local filter = token.props.filter
    if not filter then return false, "A subscriber takes a topic filter, not a sensor." end
    if not M.valid_filter(filter) then
      return false, filter .. " is not a valid filter: # must be the last level."
    end
    local s = S.subs[role]
    s.filter, s.ok, s.missed, s.extra = filter, 0, 0, 0
    -- The slot says what it subscribes to; the token's own label would sit on top of it.
    sq.set_label(slot.id, TITLES[role] .. ":\n" .. filter, true)
    sq.set_label(token.id, "", true)
    M.panel()
    return true
  end
  local kind = token.props.sensor
  if not kind then return false, "A bed's Pi takes a sensor; topic filters go on subscribers." end
  local pub = S.pubs[slot.id]
  pub.kind = kind
  sq.set_label(slot.id, "greenhouse/\n" .. pub.bed .. "/" .. kind, true)
  sq.set_label(token.id, "", true)
  return true
end

function M.take(slot, token)
  local role = slot.props.role
  sq.set_label(token.id, token.props.label, true)
  if role then
    local s = S.subs[role]
    s.filter, s.ok, s.missed, s.extra = nil, 0, 0, 0
    sq.set_label(slot.id, TITLES[role], true)
  else
    local pub = S.pubs[slot.id]
    pub.kind = nil
    sq.set_label(slot.id, slot.props.label, true)
  end
  M.panel()
end

function M.routed() return S.routed end

return M
