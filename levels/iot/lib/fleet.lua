-- levels/iot/lib/fleet.lua: level 5's design review of Verdant, 10,000
-- greenhouse hubs on 4G links. Four decision slots (identity, transport,
-- reconnect, updates) each take one option token; the incident lever plays
-- three incidents against the design and the panel shows what each cost.
-- The numbers are the review's own scenario figures, said in the room:
--   1. A 4G outage ends and 2,000 hubs come back at once. Retrying at once
--      puts 400% load on the broker, again and again; exponential backoff
--      with random jitter spreads them out (under 80%).
--   2. A hub's SD card is stolen. With one shared password every hub must
--      be re-keyed (10,000 site visits); a per-device certificate is
--      revoked alone (1 hub).
--      Without TLS the password crossed the network in clear text anyway.
--   3. Firmware 2.4 fails to boot on 3% of boards. Overwritten in place on
--      every hub at once, 300 hubs are bricked (300 site visits); A/B slots
--      and a 1% canary catch it on 3 hubs, which boot back into the old slot.
-- All pass: sq.goal("fleet approved").
local M = {}

local CHOICES = {
  identity = { shared = true, cert = true },
  transport = { plain = true, tls = true },
  reconnect = { now = true, jitter = true },
  updates = { overwrite = true, ab = true },
}
local TITLES = { identity = "Identity", transport = "Transport", reconnect = "Reconnect", updates = "Updates" }
local ORDER = { "identity", "transport", "reconnect", "updates" }

local pick = {}
local outcome = nil
local approved = false

function M.panel()
  local lines = { title = "Verdant: 10,000 hubs" }
  if outcome then
    for _, o in ipairs(outcome) do lines[#lines + 1] = { o.text, tone = o.ok and "good" or "bad" } end
  else
    for _, slot in ipairs(ORDER) do
      lines[#lines + 1] = TITLES[slot] .. ": " .. (pick[slot] and pick[slot].label or "-")
    end
  end
  sq.panel(lines)
end

function M.place(slot, token)
  local s, opt = slot.props.decision, token.props.option
  if not CHOICES[s][opt] then
    return false, "That option answers another question: this slot is " .. TITLES[s] .. "."
  end
  pick[s] = { option = opt, label = token.props.short }
  outcome = nil
  M.panel()
  return true
end

function M.take(slot, token)
  pick[slot.props.decision] = nil
  outcome = nil
  M.panel()
end

local function chosen(s) return pick[s] and pick[s].option end

-- The incident lever. Returns what Nadia says.
function M.incidents(lever)
  for _, s in ipairs(ORDER) do
    if not pick[s] then return "Every decision needs an answer first: " .. TITLES[s] .. " is empty." end
  end
  sq.set_sprite(lever.id, "lever_1")
  sq.after(1, function() sq.set_sprite(lever.id, "lever_0") end)
  local herd = chosen("reconnect") == "jitter"
  local keyed = chosen("identity") == "cert" and chosen("transport") == "tls"
  local staged = chosen("updates") == "ab"
  outcome = {
    { text = herd and "Outage: broker 75%" or "Outage: broker 400%", ok = herd },
    { text = keyed and "Theft: 1 hub revoked" or "Theft: 10,000 re-keyed", ok = keyed },
    { text = staged and "2.4: 3 hubs rolled back" or "2.4: 300 hubs bricked", ok = staged },
  }
  M.panel()
  local why = {}
  if not herd then
    why[#why + 1] = "2,000 hubs retrying in the same second knock the broker over, again and again: "
      .. "add exponential backoff with random jitter."
  end
  if not keyed then
    why[#why + 1] = chosen("transport") == "plain"
      and "On port 1883 the credentials cross the 4G network in clear text: MQTT over TLS, 8883."
      or "One shared password on a stolen card unlocks every hub: give each its own certificate."
  end
  if not staged then
    why[#why + 1] = "Overwriting every hub at once turned a 3% boot bug into 300 site visits: "
      .. "A/B slots, and a canary first."
  end
  if #why > 0 then return why[1] end
  if not approved then
    approved = true
    sq.goal("fleet approved")
    sq.xp(40)
  end
  return "Three incidents, three small ones: a slow trickle of reconnects, one revoked hub and three "
    .. "rolled back. Approved, with the key management and the rollout plan in writing."
end

function M.approved() return approved end

return M
