-- levels/game_dev/lib/cabinet.lua: the quest's own mechanic, part 1: the
-- broken arcade cabinet of level 1. Its mini-game (a ball bouncing round a
-- court on the floor) runs at the cabinet's own frame rate, which a lever
-- switches between 30, 60 and 144 fps. A code token on the cabinet's slot
-- is the line that moves the ball each frame:
--   frames  x += 4                 4 px a frame: 4 * fps px/s
--   dt      x += SPEED * dt        dt = clock.tick(60) / 1000: 240 px/s
--   ms      x += SPEED * ms        ms = clock.tick(60): 1000 times too fast
-- The court shows the cabinet's screen at 80 cabinet pixels a tile. The
-- panel says the speed in px/s. sq.goal("cabinet fixed") once the dt line
-- has run at two different frame rates.
local M = {}

local SPEED = 240          -- px/s the designer asked for
local PX_PER_TILE = 80
local RATES = { 30, 60, 144 }
local LINES = {
  frames = "x += 4",
  dt = "x += SPEED * dt",
  ms = "x += SPEED * ms",
}

local S = {
  ball = nil, court = nil,  -- the ball's entity; { x, y, w, h } in tiles
  rx = 0.3, ry = 0.1,       -- where the ball is, unfolded, in tiles
  dx = 0.8, dy = 0.6,       -- its direction (a unit vector)
  rate = 2,                 -- index into RATES: 60 fps
  acc = 0,                  -- cabinet frames due
  mode = nil,               -- the code token's mode, or nil
  seen = {},                -- frame rates the dt line ran at
  fixed = false,
  lever = nil,
}

-- Once fixed, COMET is a game: the player returns the ball by touching it
-- (it flies back the way it came); three returns is a rally.
function M.touch(other)
  if not S.fixed or other.id ~= sq.player().id then return end
  local now = sq.time()
  if S.last_hit and now - S.last_hit < 0.75 then return end
  S.last_hit = now
  S.dx, S.dy = -S.dx, -S.dy
  S.rally = (S.rally or 0) + 1
  if S.rally <= 3 then sq.xp(5) end
  if S.rally == 3 then
    sq.say("COMET", "RALLY x3! HIGH SCORE. The ball kept its 240 px/s all the way.")
  end
end

-- Per cabinet frame, in cabinet pixels.
local function step_px(mode, fps)
  if mode == "frames" then return 4 end
  if mode == "dt" then return SPEED * (1 / fps) end
  if mode == "ms" then return SPEED * (1000 / fps) end
  return 0
end

function M.speed()
  local fps = RATES[S.rate]
  return step_px(S.mode, fps) * fps
end

function M.fps() return RATES[S.rate] end
function M.fixed() return S.fixed end

function M.panel()
  local fps = RATES[S.rate]
  local v = M.speed()
  local line
  if not S.mode then
    line = { "Ball: frozen", tone = "warn" }
  else
    local ok = math.abs(v - SPEED) < 1
    line = { string.format("Ball: %d px/s (wanted %d)", math.floor(v + 0.5), SPEED),
      value = math.min(1, v / (SPEED * 3)), marker = 1 / 3, tone = ok and "good" or "bad" }
  end
  sq.panel{
    title = "Cabinet: COMET",
    "Frame rate: " .. fps .. " fps",
    "Code: " .. (S.mode and LINES[S.mode] or "(empty slot)"),
    line,
    S.fixed and { "Same speed at every rate", tone = "good" }
      or (S.mode == "dt" and "Now flip the fps lever" or "Wanted: same at any fps"),
  }
end

function M.court(x, y, w, h) S.court = { x = x, y = y, w = w, h = h } end

function M.ball_spawned(self) S.ball = self.id end

function M.lever_spawned(self)
  S.lever = self.id
  sq.set_label(self.id, RATES[S.rate] .. " fps", true)
end

local function check()
  if S.fixed or S.mode ~= "dt" then return end
  local n = 0
  for _ in pairs(S.seen) do n = n + 1 end
  if n >= 2 then
    S.fixed = true
    sq.goal("cabinet fixed")
    sq.xp(20)
    sq.say("Kenji", "Same 240 px/s at 30, 60 and 144 fps. That is frame-rate independence: the "
      .. "ball moves by time, not by frames. Now have a game: walk into the ball to hit it back.")
  end
end

-- The lever: the next frame rate.
function M.flip()
  S.rate = S.rate % #RATES + 1
  sq.set_sprite(S.lever, S.rate % 2 == 0 and "lever_1" or "lever_0")
  sq.set_label(S.lever, RATES[S.rate] .. " fps", true)
  if S.mode == "dt" then S.seen[RATES[S.rate]] = true end
  M.panel()
  check()
  return RATES[S.rate]
end

-- on_place of the cabinet's slot.
function M.place(slot, token)
  local mode = token.props.mode
  if not mode then return false, "The cabinet takes a line of update code." end
  S.mode = mode
  if mode == "dt" then S.seen = { [RATES[S.rate]] = true } end
  sq.set_sprite(slot.id, mode == "dt" and "slot_lit" or "slot")
  M.panel()
  return true
end

function M.take(slot)
  S.mode = nil
  sq.set_sprite(slot.id, "slot")
  M.panel()
end

local function fold(p, w)
  local m = p % (2 * w)
  if m > w then m = 2 * w - m end
  return m
end

-- From the level's on_update: run the cabinet's frames due this tick.
function M.update(dt)
  if not (S.ball and S.court and S.mode) then return end
  local fps = RATES[S.rate]
  S.acc = S.acc + fps * dt
  local px = step_px(S.mode, fps) / PX_PER_TILE
  while S.acc >= 1 do
    S.acc = S.acc - 1
    S.rx, S.ry = S.rx + S.dx * px, S.ry + S.dy * px
  end
  -- keep the numbers small; the fold makes the walls bounce
  local w, h = S.court.w - 0.5, S.court.h - 0.5
  S.rx, S.ry = S.rx % (2 * w), S.ry % (2 * h)
  sq.move(S.ball, S.court.x + fold(S.rx, w), S.court.y + fold(S.ry, h))
end

return M
