-- levels/cybersecurity/lib/floor.lua: the red-team floor, the Cybersecurity
-- quest's own mechanic. Every level is a floor of doors: each door is a port
-- on a host, or an endpoint of an app, with its address shown above it. The
-- signed scope (a placard, green and red lamps) says which may be tested.
--   * {confirm} at a door in scope probes it: its state shows above it (open,
--     closed, filtered...), the scan panel lists it, and a door with a finding
--     behind it asks the player to prove the finding (an exercise).
--   * {confirm} at a door out of scope is refused, with the reason: nothing is
--     sent, and the panel counts the refusal.
--   * A finding proved right opens the area gate it names: each finding opens
--     the next part of the floor.
-- A level loads it with sq.module("floor") from its callbacks and behaviours;
-- its door, area and lamp behaviours call M.door_spawn, M.probe, M.area_spawn.
local M = {}

local doors = {}      -- entity id -> door state
local areas = {}      -- gate name -> entity id
local order = {}      -- probe results, newest last (for the panel)
local cfg = { title = "Scan", scope = "", findings = 0 }
local probed, refused, found = 0, 0, 0

local function addr(p)
  if p.port then return p.host .. ":" .. p.port end
  return p.host
end

-- The words above a door: its short tag (".20:6379"), then what is known.
local function tag(p, state)
  local t = p.tag or addr(p)
  if state then return t .. "\n" .. state end
  return t
end

-- The scan panel: scope, counts, the last results.
function M.show()
  local lines = { title = cfg.title }
  lines[#lines + 1] = "Scope: " .. cfg.scope
  lines[#lines + 1] = "Probed: " .. probed .. "  Refused: " .. refused
  local total = cfg.findings
  if total > 0 then
    lines[#lines + 1] = { "Findings: " .. found .. " of " .. total, value = found / total,
      tone = found == total and "good" or "warn" }
  end
  -- The last result only: the doors' own labels keep the rest, and a short
  -- panel leaves the floor in view.
  if #order > 0 then lines[#lines + 1] = order[#order] end
  sq.panel(lines)
end

-- From the level's on_start: { title, scope, findings = how many on this floor }.
function M.setup(c)
  cfg = { title = c.title or "Scan", scope = c.scope or "", findings = c.findings or 0 }
  M.show()
end

function M.door_spawn(self)
  doors[self.id] = { probed = false, proved = false, finding = self.props.finding, opens = self.props.opens }
  sq.set_label(self.id, tag(self.props), true)
end

function M.area_spawn(self)
  areas[self.name] = self.id
end

-- {confirm} at a door: probe it, or refuse and say why.
function M.probe(self)
  local p, d = self.props, doors[self.id]
  if p.scope ~= "in" then
    refused = refused + 1
    sq.set_label(self.id, tag(p, "OUT OF SCOPE"), true)
    M.show()
    sq.say("Scope check", "Refused: " .. addr(p) .. " is not in the signed scope (" .. cfg.scope
      .. "). Nothing was sent.", p.why or "Without written permission from its owner, a probe is an attack.")
    return false
  end
  if not d.probed then
    d.probed = true
    probed = probed + 1
    local result = (p.full or p.port or p.host) .. " " .. p.state
    d.tag = p.tag or addr(p)
    sq.set_label(self.id, tag(p, p.state), true)
    if p.state == "open" then sq.set_sprite(self.id, "door_open") end
    order[#order + 1] = result
    M.show()
    sq.say(p.speaker or "Probe", p.note)
  end
  if p.finding and not d.proved then sq.ask(p.finding, "Finding at " .. (p.tag or addr(p))) end
  return true
end

-- From the level's on_answer: a finding proved opens the area it names.
function M.answered(id, correct)
  if not correct then return false end
  for eid, d in pairs(doors) do
    if not d.proved and d.finding == id then
      d.proved = true
      found = found + 1
      sq.set_label(eid, (d.tag or "") .. "\nFINDING", true)
      if d.opens and areas[d.opens] then sq.open_gate(areas[d.opens]) end
      M.show()
      return true
    end
  end
  return false
end

function M.counts()
  return { probed = probed, refused = refused, found = found }
end

return M
