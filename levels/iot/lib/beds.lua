-- levels/iot/lib/beds.lua: level 2's noisy beds. Bed 2's DS18B20 probe
-- sends a reading every second of game time: about 21 degrees C with a
-- little noise, and on every sixth reading 85.0, the value the DS18B20
-- holds at power-up before its first conversion (a glitch a loose wire
-- causes again and again). A filter token on the bed's slot decides what
-- the heat alarm (above 30 C) sees: the raw reading, the mean of the last
-- five or their median. Eight readings in a row with a spike among them and
-- no false alarm: sq.goal("beds steady").
-- The storage rack files bed 2's readings after a two-hour outage, by the
-- time each arrived or by the time the probe took it (its ts): the panel
-- charts readings per hour. By ts: sq.goal("history filled").
local M = {}

local FILTERS = { raw = "raw reading", mean = "mean of 5", median = "median of 5" }
local window = {}
local count = 0          -- readings so far
local filter = nil       -- the token's filter, or nil
local since = 0          -- readings since this filter went in
local spikes_since = 0   -- spikes among them
local alarms = 0         -- false alarms since this filter went in
local steady = false
local last_raw, last_out = nil, nil
local bucket = nil       -- "arrival" or "ts"
local shown = "beds"     -- which panel is up
local filed = false      -- filed by ts once

local function median(t)
  local s = {}
  for i, v in ipairs(t) do s[i] = v end
  table.sort(s)
  return s[(#s + 1) // 2]
end

local function mean(t)
  local sum = 0
  for _, v in ipairs(t) do sum = sum + v end
  return sum / #t
end

local function fmt(v)
  return v and string.format("%.1f C", v) or "-"
end

function M.beds_panel()
  shown = "beds"
  sq.panel{
    title = "Bed 2: DS18B20",
    "Raw: " .. fmt(last_raw),
    "Filter: " .. (filter and FILTERS[filter] or "none"),
    "Alarm sees: " .. fmt(last_out),
    { "False alarms: " .. alarms, tone = alarms > 0 and "bad" or nil },
    { "Steady: " .. math.min(since, 8) .. " of 8", value = math.min(since, 8) / 8,
      tone = steady and "good" or nil },
  }
end

-- Readings per hour, 09:00 to 11:00, as the rack files them.
local function hours()
  if bucket == "ts" then return { 12, 12, 12 } end
  if bucket == "arrival" then return { 12, 0, 24 } end
  return nil
end

function M.rack_panel()
  shown = "rack"
  local h = hours()
  local lines = { title = "Storage: bed 2, per hour",
                  "Filed by: " .. (bucket == "ts" and "reading's ts" or bucket == "arrival" and "arrival time" or "-") }
  for i, label in ipairs({ "09:00", "10:00", "11:00" }) do
    if h then
      local tone = (bucket == "arrival" and i > 1) and "bad" or nil
      lines[#lines + 1] = { label .. "  " .. h[i] .. " readings", value = h[i] / 24, tone = tone }
    else
      lines[#lines + 1] = label .. "  -"
    end
  end
  lines[#lines + 1] = "Outage: 10:00 to 11:00"
  sq.panel(lines)
end

-- One reading: from on_update, once a second.
function M.reading()
  count = count + 1
  local raw
  if count % 6 == 0 then
    raw = 85.0
  else
    raw = 21.0 + sq.random(0, 6) / 10
  end
  window[#window + 1] = raw
  if #window > 5 then table.remove(window, 1) end
  last_raw = raw
  if filter == "raw" then last_out = raw
  elseif filter == "mean" then last_out = mean(window)
  elseif filter == "median" then last_out = median(window)
  else last_out = nil end
  if filter then
    since = since + 1
    if raw > 30 then spikes_since = spikes_since + 1 end
    if last_out > 30 then
      alarms = alarms + 1
      since = 0
      spikes_since = 0
      sq.sound("quiz_wrong")
    end
    if not steady and since >= 8 and spikes_since > 0 then
      steady = true
      sq.goal("beds steady")
      sq.xp(20)
      sq.say("Tomasz", "Eight readings, a glitch among them, and not one false alarm. The median "
        .. "lets four good readings outvote one bad one.")
    end
  end
  if shown == "beds" then M.beds_panel() end
end

-- Which panel to show: the beds' west of the wall, the rack's east of it.
function M.follow(x)
  local want = x < 19 and "beds" or "rack"
  if want ~= shown then
    if want == "beds" then M.beds_panel() else M.rack_panel() end
  end
end

function M.place(slot, token)
  local kind = token.props.kind
  if slot.props.slot == "filter" then
    if not FILTERS[kind] then return false, "The bed's filter slot takes a filter: raw, mean or median." end
    filter = kind
    since, spikes_since, alarms = 0, 0, 0
    M.beds_panel()
    return true
  end
  if kind ~= "arrival" and kind ~= "ts" then
    return false, "The rack files readings by a time: arrival time or the reading's ts."
  end
  bucket = kind
  M.rack_panel()
  if kind == "ts" then
    if not filed then
      filed = true
      sq.xp(20)
    end
    sq.goal("history filled")
    sq.say("Leila", "There it is: twelve readings an hour, the outage filled in from the Pi's buffer. "
      .. "Filed by arrival, the same readings made an empty hour and a false spike.")
  else
    sq.say("Leila", "Look at 10:00: empty. And 11:00 has twice the readings. Nothing happened in the "
      .. "greenhouse; the backlog just arrived at 11.")
  end
  return true
end

function M.take(slot, token)
  if slot.props.slot == "filter" then
    filter = nil
    since, spikes_since = 0, 0
    M.beds_panel()
  else
    bucket = nil
    M.rack_panel()
  end
end

function M.steady() return steady end

return M
