-- levels/game_dev/lib/bricks.lua: the quest's own mechanic, part 2: the
-- BRICKS cabinet of level 2, a brick breaker on the floor of the room. Two
-- slots hold its code. The loader's token says where each tile of the
-- level's tile map goes:
--   grid       (col * TILE, row * TILE)   each brick on its own cell
--   swapped    (row * TILE, col * TILE)   the wall stands on its side
--   pixels     (col, row)                 every brick on the first tile
-- The hit test's token says what a ball that meets a brick does:
--   equal      ball.rect == brick.rect    never true: it passes through
--   keep       spritecollide(..., False)  bounces, the brick stays
--   kill       spritecollide(..., True)   bounces, the brick is removed
-- The ball moves by time (level 1's lesson) and bounces off the court's
-- walls; the bricks are entities. sq.goal("wall breaks") once the map is
-- right, the hit test kills and GOAL bricks have broken.
local M = {}

local MAP = {
  "GGGGGGGGGGGG",
  "YYY.YYYY.YYY",
  "RR.RRRRRR.RR",
}
local SPRITES = { G = "token_crate_green", Y = "token_crate_yellow", R = "token_crate_red" }
local SPEED = 7       -- tiles a second
local R = 0.25        -- the ball's half-size, in tiles
local GOAL = 5

local S = {
  court = nil, ball = nil,
  bx = 6, by = 8, vx = 0.6, vy = -0.8,
  layout = nil, test = nil,
  bricks = {},      -- { id, c, r }: cell inside the court
  broken = 0, hits = 0, off = 0,
  done = false,
}

local LAYOUTS = {
  grid = "(col*TILE, row*TILE)", swapped = "(row*TILE, col*TILE)", pixels = "(col, row)",
}
local TESTS = {
  equal = "ball.rect == brick.rect", keep = "spritecollide(.., False)", kill = "spritecollide(.., True)",
}

function M.court(x, y, w, h) S.court = { x = x, y = y, w = w, h = h } end
function M.ball_spawned(self) S.ball = self.id end
function M.done() return S.done end
function M.broken() return S.broken end

function M.panel()
  sq.panel{
    title = "Cabinet: BRICKS",
    "Map: " .. (S.layout and LAYOUTS[S.layout] or "(not loaded)"),
    "Hits: " .. (S.test and TESTS[S.test] or "(no test)"),
    string.format("Bricks: %d shown, %d off", #S.bricks, S.off),
    { string.format("Broken %d/%d, bounces %d", S.broken, GOAL, S.hits),
      value = math.min(1, S.broken / GOAL), tone = S.done and "good" or nil },
  }
end

local function clear()
  for _, b in ipairs(S.bricks) do sq.remove(b.id) end
  S.bricks, S.off = {}, 0
end

-- Spawns the tile map's bricks where the loader line puts them.
local function load(layout)
  clear()
  if not layout then return end
  for row, line in ipairs(MAP) do
    for col = 1, #line do
      local ch = line:sub(col, col)
      if SPRITES[ch] then
        local c, r = col - 1, row - 1
        if layout == "swapped" then c, r = r, c
        elseif layout == "pixels" then c, r = 0, 0 end
        if c < S.court.w and r < S.court.h - 3 then
          local id = sq.spawn{ type = "brick", x = S.court.x + c, y = S.court.y + r }
          sq.set_sprite(id, SPRITES[ch])
          S.bricks[#S.bricks + 1] = { id = id, c = c, r = r }
        else
          S.off = S.off + 1
        end
      end
    end
  end
end

-- on_place of both slots.
function M.place(slot, token)
  local want = slot.props.part
  if token.props.part ~= want then
    return false, want == "map" and "The loader takes a placement line." or "The hit test takes a collision line."
  end
  if want == "map" then
    S.layout = token.props.mode
    load(S.layout)
  else
    S.test = token.props.mode
  end
  sq.set_label(token.id, "", true)
  sq.set_sprite(slot.id, "slot_lit")
  M.panel()
  return true
end

function M.take(slot, token)
  sq.set_label(token.id, token.props.label, true)
  sq.set_sprite(slot.id, "slot")
  if slot.props.part == "map" then S.layout = nil; load(nil) else S.test = nil end
  M.panel()
end

-- Bricks whose cell overlaps the ball's box (what colliderect would say).
local function overlapping(x, y)
  local out = {}
  for i, b in ipairs(S.bricks) do
    if x + R > b.c and x - R < b.c + 1 and y + R > b.r and y - R < b.r + 1 then out[#out + 1] = i end
  end
  return out
end

local function check()
  if S.done or S.layout ~= "grid" or S.test ~= "kill" or S.broken < GOAL then return end
  S.done = true
  sq.goal("wall breaks")
  sq.xp(20)
  sq.say("Tobi", "Bricks in their cells, and each one the ball meets is gone: spritecollide with "
    .. "dokill=True. BRICKS plays like it should!")
end

-- One axis of movement: bounce off what the hit test sees.
local function axis(nx, ny, flip)
  local hit = overlapping(nx, ny)
  if #hit == 0 or not S.test or S.test == "equal" then return nx, ny end
  S.hits = S.hits + 1
  if S.test == "kill" then
    for k = #hit, 1, -1 do
      sq.remove(S.bricks[hit[k]].id)
      table.remove(S.bricks, hit[k])
      S.broken = S.broken + 1
    end
  end
  flip()
  return nil
end

function M.update(dt)
  if not (S.court and S.ball and S.layout) then return end
  local w, h = S.court.w, S.court.h
  local step = SPEED * dt
  local nx = S.bx + S.vx * step
  if nx < R or nx > w - R then S.vx = -S.vx; nx = S.bx end
  if axis(nx, S.by, function() S.vx = -S.vx end) then S.bx = nx end
  local ny = S.by + S.vy * step
  if ny < R or ny > h - R then S.vy = -S.vy; ny = S.by end
  if axis(S.bx, ny, function() S.vy = -S.vy end) then S.by = ny end
  sq.move(S.ball, S.court.x + S.bx - R, S.court.y + S.by - R)
  if S.hits ~= S.shown then S.shown = S.hits; M.panel(); check() end
end

return M
