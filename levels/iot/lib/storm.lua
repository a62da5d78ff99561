-- levels/iot/lib/storm.lua: level 4's storm over the 4G link. Three streams
-- cross it: the temperature chart (10 readings), the frost alarm (3) and
-- the feed dose (3). Each stream's slot takes a QoS token; the storm lever
-- plays the storm, which always does the same two things to every stream:
-- the PUBLISH of its 2nd message is lost on the way, and the broker's
-- acknowledgement of its 3rd. Then, as the MQTT spec has it:
--   QoS 0 (PUBLISH only): the 2nd message is gone;
--   QoS 1 (PUBLISH, PUBACK): both are sent again, so the 3rd arrives twice;
--   QoS 2 (PUBLISH, PUBREC, PUBREL, PUBCOMP): every message exactly once,
--   for four packets each.
-- The storm is weathered when no alarm is lost and no feed dose doubled:
-- sq.goal("storm weathered").
local M = {}

local STREAMS = {
  { key = "temp", title = "Chart", count = 10 },
  { key = "alarm", title = "Alarm", count = 3 },
  { key = "feed", title = "Feed", count = 3 },
}
local qos = {}        -- stream key -> 0, 1 or 2
local result = nil    -- the last storm's lines
local weathered = false

local PACKETS = { [0] = 1, [1] = 2, [2] = 4 }

-- One stream through the storm: delivered, lost, duplicates, packets.
function M.run_stream(level, count)
  local delivered, lost, dups = 0, 0, 0
  for n = 1, count do
    local publish_lost, ack_lost = n == 2, n == 3
    if level == 0 then
      if publish_lost then lost = lost + 1 else delivered = delivered + 1 end
    elseif level == 1 then
      delivered = delivered + 1
      if ack_lost then dups = dups + 1 end
    else
      delivered = delivered + 1
    end
  end
  return delivered, lost, dups, count * PACKETS[level]
end

function M.panel()
  local lines = { title = "4G link: storm" }
  for _, s in ipairs(STREAMS) do
    if result and result[s.key] then
      local r = result[s.key]
      local text = string.format("%s Q%d: %d/%d", s.title, qos[s.key], r.delivered, s.count)
      if r.lost > 0 then text = text .. ", " .. r.lost .. " lost" end
      if r.dups > 0 then text = text .. ", " .. r.dups .. " dup" end
      local bad = (s.key == "alarm" and r.lost > 0) or (s.key == "feed" and (r.dups > 0 or r.lost > 0))
      lines[#lines + 1] = { text, tone = bad and "bad" or "good" }
    else
      lines[#lines + 1] = s.title .. ": " .. (qos[s.key] and ("QoS " .. qos[s.key]) or "no QoS")
    end
  end
  if result then
    lines[#lines + 1] = "Packets sent: " .. result.packets
  else
    lines[#lines + 1] = "Pull the lever: storm"
  end
  sq.panel(lines)
end

function M.place(slot, token)
  local level = token.props.qos
  if not level then return false, "A stream's slot takes a QoS token." end
  qos[slot.props.stream] = level
  result = nil
  M.panel()
  return true
end

function M.take(slot, token)
  qos[slot.props.stream] = nil
  result = nil
  M.panel()
end

-- The storm lever. Returns what Sione says.
function M.storm(lever)
  for _, s in ipairs(STREAMS) do
    if not qos[s.key] then
      return "Every stream needs a QoS before the storm comes: the chart, the alarm and the feed."
    end
  end
  sq.set_sprite(lever.id, "lever_1")
  sq.after(1, function() sq.set_sprite(lever.id, "lever_0") end)
  result = { packets = 0 }
  for _, s in ipairs(STREAMS) do
    local d, l, u, p = M.run_stream(qos[s.key], s.count)
    result[s.key] = { delivered = d, lost = l, dups = u }
    result.packets = result.packets + p
  end
  M.panel()
  local alarm, feed = result.alarm, result.feed
  if alarm.lost > 0 then
    return "The storm ate a frost alarm, and nobody covered the beds. An alarm must arrive: "
      .. "at least QoS 1, so it is sent again until the broker acknowledges it."
  end
  if feed.dups > 0 or feed.lost > 0 then
    return "A lost PUBACK made the Pi send a feed dose again, and the beds got it twice. "
      .. "A dose must arrive exactly once: QoS 2, whose four-packet handshake drops the duplicate."
  end
  if not weathered then
    weathered = true
    sq.goal("storm weathered")
    sq.xp(30)
  end
  return "Every alarm arrived, every dose exactly once, and the chart lost a reading nobody will "
    .. "miss, for one packet each. QoS per message, not one for everything."
end

function M.weathered() return weathered end

return M
