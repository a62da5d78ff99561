-- levels/game_dev/lib/steer.lua: the quest's own mechanic, part 3: the
-- drone bay of level 3. A drone flies to a beacon that a lever moves
-- between three spots. The token on the steering slot is the line that
-- moves it each frame (pygame.Vector2, SPEED = 3 tiles a second):
--   lerp      pos += (goal - pos) * 2 * dt     fast far away, crawls near,
--                                              never quite arrives
--   normal    pos += (goal - pos).normalize() * SPEED * dt
--                                              steps past the goal and
--                                              jitters round it
--   toward    pos.move_towards_ip(goal, SPEED * dt)
--                                              steady, stops on the goal
-- sq.goal("drone docks") once the drone has docked (still, on the beacon)
-- at two different spots with the move_towards line.
local M = {}

local SPEED = 3
local S = {
  drone = nil, beacon = nil, spots = {}, spot = 1,
  x = 0, y = 0, mode = nil,
  speed = 0, state = "idle", docked = {}, done = false, lever = nil,
  jitter = 0,
}

function M.drone_spawned(self)
  S.drone = self.id
  local e = sq.entity(self.id)
  S.x, S.y = e.x, e.y
end
function M.beacon_spawned(self) S.beacon = self.id end
function M.spot(x, y) S.spots[#S.spots + 1] = { x = x, y = y } end
function M.done() return S.done end

local LINES = {
  lerp = "(goal-pos) * 2 * dt",
  normal = "(goal-pos).normalize()",
  toward = "move_towards_ip(goal, d)",
}

function M.panel()
  local tone = (S.state == "docked" and "good") or ((S.state == "jitter" or S.state == "crawling") and "bad") or nil
  sq.panel{
    title = "Drone bay",
    "Steering: " .. (S.mode and LINES[S.mode] or "(empty)"),
    string.format("Speed %.1f t/s, wanted %d", S.speed, SPEED),
    { "Drone: " .. S.state, tone = tone },
    "Docked at " .. (function() local n = 0 for _ in pairs(S.docked) do n = n + 1 end return n end)() .. " of 2 spots",
  }
end

local function goal() return S.spots[S.spot] end

function M.lever()
  S.spot = S.spot % #S.spots + 1
  local g = goal()
  sq.move(S.beacon, g.x, g.y)
  S.state = S.mode and "flying" or "idle"
  M.panel()
  return "The beacon moves to spot " .. S.spot .. "."
end

function M.place(slot, token)
  if not token.props.mode then return false, "The steering slot takes a line of movement code." end
  S.mode = token.props.mode
  S.state = "flying"
  sq.set_label(token.id, "", true)
  sq.set_sprite(slot.id, "slot_lit")
  M.panel()
  return true
end

function M.take(slot, token)
  S.mode, S.state, S.speed = nil, "idle", 0
  sq.set_label(token.id, token.props.label, true)
  sq.set_sprite(slot.id, "slot")
  M.panel()
end

local function check()
  if S.done or S.mode ~= "toward" then return end
  S.docked[S.spot] = true
  local n = 0
  for _ in pairs(S.docked) do n = n + 1 end
  if n >= 2 then
    S.done = true
    sq.goal("drone docks")
    sq.xp(20)
    sq.say("Mei", "Same speed the whole way, and it stops dead on the beacon, at every spot. "
      .. "move_towards never overshoots: that is the steering I wanted.")
  end
end

local tick = 0
function M.update(dt)
  if not (S.drone and S.mode) or S.state == "docked" or S.state == "idle" then return end
  tick = tick + 1
  local g = goal()
  local dx, dy = g.x - S.x, g.y - S.y
  local d = math.sqrt(dx * dx + dy * dy)
  local step
  if S.mode == "lerp" then
    S.x, S.y = S.x + dx * 2 * dt, S.y + dy * 2 * dt
    step = d * 2 * dt
    S.state = d < 0.3 and "crawling" or "flying"
  elseif S.mode == "normal" then
    if d > 0 then
      S.x, S.y = S.x + dx / d * SPEED * dt, S.y + dy / d * SPEED * dt
    end
    step = SPEED * dt
    if d < SPEED * dt then S.state = "jitter" end
  else
    step = math.min(d, SPEED * dt)
    if d <= SPEED * dt then
      S.x, S.y = g.x, g.y
      S.state = "docked"
      S.speed = 0
      sq.move(S.drone, S.x, S.y)
      M.panel()
      check()
      return
    end
    S.x, S.y = S.x + dx / d * step, S.y + dy / d * step
  end
  S.speed = step / dt
  sq.move(S.drone, S.x, S.y)
  if tick % 6 == 0 then M.panel() end
end

return M
