-- SkillQuest comparison benchmark: the LÖVE 11 implementation of the shared
-- scene. Usage:  love bench/love N      (or: love bench/love --entities N)
-- Prints the figures on stdout as "name value unit" lines; everything else
-- goes to stderr. See bench/README.md for the scene definition.

local ffi = require("ffi")
local bit = require("bit")

local floor, ceil, sqrt, abs, min, max =
  math.floor, math.ceil, math.sqrt, math.abs, math.min, math.max
local bxor, lshift, rshift = bit.bxor, bit.lshift, bit.rshift

ffi.cdef[[
typedef long sq_time_t;
struct sq_timespec { sq_time_t tv_sec; long tv_nsec; };
int clock_gettime(int clk_id, struct sq_timespec *tp);
]]
local CLOCK_REALTIME = 0

local TILE = 16          -- tile size and entity-grid cell size, px
local BOX = 12           -- entity collider size, px
local VIEW_W, VIEW_H = 640, 360
local RENDER_FRAMES = 300
local SIM_MIN_SECONDS = 1.0
local SIM_MIN_TICKS = 60

-- ---------------------------------------------------------------- output --
local function figure(name, value, fmt, unit)
  io.stdout:write(string.format("%s " .. fmt .. " %s\n", name, value, unit))
  io.stdout:flush()
end

local function note(...)
  io.stderr:write(string.format(...), "\n")
  io.stderr:flush()
end

-- ------------------------------------------------------------------ PRNG --
-- xorshift32 (Marsaglia 13/17/5) seeded with 1; rnd() = state / 2^32 in [0,1).
-- C equivalent: x ^= x << 13; x ^= x >> 17; x ^= x << 5; return x / 4294967296.0;
local rng_state = 1
local function rnd()
  local s = rng_state
  s = bxor(s, lshift(s, 13))
  s = bxor(s, rshift(s, 17))
  s = bxor(s, lshift(s, 5))
  rng_state = s
  return (s % 4294967296) / 4294967296
end

-- ----------------------------------------------------------------- world --
local N, W, H, C                -- entities, map columns/rows, cell count (W*H)
local walls = {}                -- [ty*W + tx + 1] = true for wall tiles
local ex, ey, evx, evy = {}, {}, {}, {}   -- collider top-left and velocity
local touching = {}             -- 1 if overlapping another entity this tick
local ecell = {}                -- entity -> grid cell (1-based)
local cstart = {}               -- cell -> first index into citems (size C+1)
local citems = {}               -- entity ids sorted by cell
local tickCount = 0
local lastPairs = 0

local function parseN(args)
  local n
  local i = 1
  while args[i] do
    local a = args[i]
    if a == "--entities" then
      n = tonumber(args[i + 1]); i = i + 2
    else
      n = n or tonumber(a); i = i + 1
    end
  end
  return n
end

local function buildWorld(n)
  N = n
  H = ceil(sqrt(N * 9 / 16)) + 2
  W = ceil(H * 16 / 9)
  C = W * H
  -- map: border walls, interior wall with p = 1/12, row-major order
  local nwalls = 0
  for ty = 0, H - 1 do
    for tx = 0, W - 1 do
      local wall
      if tx == 0 or ty == 0 or tx == W - 1 or ty == H - 1 then
        wall = true
      else
        wall = rnd() < 1 / 12
      end
      walls[ty * W + tx + 1] = wall
      if wall then nwalls = nwalls + 1 end
    end
  end
  -- entities: random free tile (with replacement), collider centred in it
  for i = 1, N do
    local t
    repeat t = floor(rnd() * C) until not walls[t + 1]
    local tx, ty = t % W, floor(t / W)
    ex[i] = tx * TILE + (TILE - BOX) / 2
    ey[i] = ty * TILE + (TILE - BOX) / 2
    local vx, vy
    repeat vx = rnd() * 3 - 1.5 until abs(vx) >= 0.25
    repeat vy = rnd() * 3 - 1.5 until abs(vy) >= 0.25
    evx[i], evy[i] = vx, vy
    touching[i] = 0
    ecell[i] = 0
  end
  for c = 1, C + 1 do cstart[c] = 0 end
  return nwalls
end

-- does the BOX x BOX collider at (x, y) overlap any wall tile?
local function hitsWall(x, y)
  local tx0, tx1 = floor(x / TILE), ceil((x + BOX) / TILE) - 1
  local ty0, ty1 = floor(y / TILE), ceil((y + BOX) / TILE) - 1
  for ty = ty0, ty1 do
    local row = ty * W + 1
    for tx = tx0, tx1 do
      if walls[row + tx] then return true end
    end
  end
  return false
end

local function tick()
  -- 1. movement against the tile map, x then y
  for i = 1, N do
    local x, y = ex[i] + evx[i], ey[i]
    if hitsWall(x, y) then evx[i] = -evx[i] else ex[i] = x end
    x, y = ex[i], y + evy[i]
    if hitsWall(x, y) then evy[i] = -evy[i] else ey[i] = y end
  end

  -- 2. rebuild the uniform grid (16 px cells, keyed by collider centre)
  --    with a counting sort: cstart[c] .. cstart[c+1]-1 index citems
  for c = 1, C + 1 do cstart[c] = 0 end
  local half = BOX / 2
  for i = 1, N do
    local c = floor((ey[i] + half) / TILE) * W + floor((ex[i] + half) / TILE) + 1
    ecell[i] = c
    cstart[c] = cstart[c] + 1
    touching[i] = 0
  end
  local acc = 1
  for c = 1, C do
    acc = acc + cstart[c]
    cstart[c] = acc            -- one past the end of cell c (for now)
  end
  cstart[C + 1] = acc
  for i = N, 1, -1 do
    local c = ecell[i]
    local p = cstart[c] - 1
    cstart[c] = p
    citems[p] = i
  end

  -- 3. entity vs entity: own + 8 neighbouring cells, each pair once (j > i).
  --    Cells (r, c-1), (r, c), (r, c+1) are adjacent in citems, so each of
  --    the 3 neighbouring rows is one contiguous slice.
  local npairs = 0
  for i = 1, N do
    local c = ecell[i]
    local xi, yi = ex[i], ey[i]
    for row = c - W, c + W, W do
      for k = cstart[row - 1], cstart[row + 2] - 1 do
        local j = citems[k]
        if j > i then
          local dx, dy = ex[j] - xi, ey[j] - yi
          if dx < BOX and dx > -BOX and dy < BOX and dy > -BOX then
            npairs = npairs + 1
            touching[i] = 1
            touching[j] = 1
          end
        end
      end
    end
  end
  lastPairs = npairs
  tickCount = tickCount + 1
end

-- -------------------------------------------------------------- graphics --
local atlas, batch
local quadFloor, quadWall
local quadFrames = {}
local camX, camY

local function makeAtlas()
  -- 96x16: floor | wall | entity frame 0..3
  local img = love.image.newImageData(96, 16)
  img:mapPixel(function(x, y)
    local cell, u, v = floor(x / 16), x % 16, y
    if cell == 0 then            -- floor: dark checker with grout line
      if u == 0 or v == 0 then return 0.16, 0.16, 0.20, 1 end
      local k = ((floor(u / 4) + floor(v / 4)) % 2 == 0) and 0.24 or 0.27
      return k, k, k + 0.04, 1
    elseif cell == 1 then        -- wall: bricks
      local mortar = (v % 8 == 0) or ((u + (floor(v / 8) % 2) * 8) % 16 == 0)
      if mortar then return 0.35, 0.30, 0.28, 1 end
      return 0.62, 0.33, 0.22, 1
    else                         -- entity: round blob with a moving highlight
      local f = cell - 2
      local dx, dy = u - 7.5, v - 7.5
      local r2 = dx * dx + dy * dy
      if r2 > 7.5 * 7.5 then return 0, 0, 0, 0 end
      local hx, hy = 7.5 + 4 * math.cos(f * math.pi / 2), 7.5 + 4 * math.sin(f * math.pi / 2)
      local h2 = (u - hx) ^ 2 + (v - hy) ^ 2
      if h2 < 4 then return 1, 1, 1, 1 end
      if r2 > 6 * 6 then return 0.10, 0.25, 0.45, 1 end
      return 0.35, 0.65, 0.95, 1
    end
  end)
  atlas = love.graphics.newImage(img)
  atlas:setFilter("nearest", "nearest")
  quadFloor = love.graphics.newQuad(0, 0, 16, 16, 96, 16)
  quadWall = love.graphics.newQuad(16, 0, 16, 16, 96, 16)
  for f = 0, 3 do
    quadFrames[f] = love.graphics.newQuad(32 + 16 * f, 0, 16, 16, 96, 16)
  end
  -- one stream batch, refilled every frame with the visible tiles + entities
  batch = love.graphics.newSpriteBatch(atlas, 8192, "stream")
end

local function setupCamera()
  local mapW, mapH = W * TILE, H * TILE
  camX = floor(max(0, min(mapW / 2 - VIEW_W / 2, mapW - VIEW_W)))
  camY = floor(max(0, min(mapH / 2 - VIEW_H / 2, mapH - VIEW_H)))
end

local function draw()
  batch:clear()
  batch:setColor(1, 1, 1, 1)
  -- visible tiles
  local tx0, tx1 = floor(camX / TILE), min(W - 1, floor((camX + VIEW_W - 1) / TILE))
  local ty0, ty1 = floor(camY / TILE), min(H - 1, floor((camY + VIEW_H - 1) / TILE))
  for ty = ty0, ty1 do
    local row = ty * W + 1
    local sy = ty * TILE - camY
    for tx = tx0, tx1 do
      batch:add(walls[row + tx] and quadWall or quadFloor, tx * TILE - camX, sy)
    end
  end
  -- visible entities (linear scan; sprite is 16x16 centred on the 12x12 box)
  local x0, y0 = camX - 16, camY - 16
  local x1, y1 = camX + VIEW_W, camY + VIEW_H
  local off = (TILE - BOX) / 2
  local ft = floor(tickCount / 8)
  local tinted = false
  for i = 1, N do
    local sx, sy = ex[i] - off, ey[i] - off
    if sx > x0 and sx < x1 and sy > y0 and sy < y1 then
      local t = touching[i] == 1
      if t ~= tinted then
        if t then batch:setColor(1, 0.45, 0.35, 1) else batch:setColor(1, 1, 1, 1) end
        tinted = t
      end
      batch:add(quadFrames[(ft + i - 1) % 4], floor(sx - camX), floor(sy - camY))
    end
  end
  love.graphics.clear(0, 0, 0, 1)
  love.graphics.draw(batch)
  love.graphics.present()
end

-- -------------------------------------------------------------- measures --
local function realtimeNs()
  local ts = ffi.new("struct sq_timespec")
  ffi.C.clock_gettime(CLOCK_REALTIME, ts)
  return tonumber(ts.tv_sec), tonumber(ts.tv_nsec)
end

-- ms between SQ_BENCH_T0_NS and now, computed without losing precision
local function startupMs(sec, nsec)
  local t0 = os.getenv("SQ_BENCH_T0_NS")
  if not t0 or not t0:match("^%d+$") or #t0 < 10 then return nil end
  local t0s, t0ns = tonumber(t0:sub(1, -10)), tonumber(t0:sub(-9))
  return (sec - t0s) * 1000 + (nsec - t0ns) / 1e6
end

local function peakRssMB()
  local f = io.open("/proc/self/status", "r")
  if not f then return nil end
  local s = f:read("*a")
  f:close()
  local kb = s:match("VmHWM:%s*(%d+)%s*kB")
  return kb and tonumber(kb) * 1024 / 1048576 or nil
end

-- nearest-rank percentile on a sorted array (p in (0,100])
local function percentile(sorted, p)
  local n = #sorted
  local k = max(1, min(n, ceil(p / 100 * n)))
  return sorted[k]
end

local function median(sorted)
  local n = #sorted
  if n % 2 == 1 then return sorted[(n + 1) / 2] end
  return (sorted[n / 2] + sorted[n / 2 + 1]) / 2
end

-- ------------------------------------------------------------------ main --
local function runBenchmark(args)
  local n = parseN(args)
  if not n or n < 1 or n ~= floor(n) then
    note("usage: love bench/love N   (or: love bench/love --entities N)")
    return 2
  end
  local getTime = love.timer.getTime

  local nwalls = buildWorld(n)
  makeAtlas()
  setupCamera()

  -- first frame -> startup figure
  love.event.pump()
  draw()
  local sec, nsec = realtimeNs()
  local su = startupMs(sec, nsec)
  if su then
    figure(("startup_n%d"):format(N), su, "%.3f", "ms")
  else
    note("love: SQ_BENCH_T0_NS not set or invalid; startup figure skipped")
  end

  -- headless simulation: >= 1 s wall time and >= 60 ticks
  love.event.pump()
  local ticks, t0 = 0, getTime()
  local elapsed
  repeat
    tick()
    ticks = ticks + 1
    elapsed = getTime() - t0
  until elapsed >= SIM_MIN_SECONDS and ticks >= SIM_MIN_TICKS
  figure(("sim_tps_n%d"):format(N), ticks / elapsed, "%.1f", "ticks/s")

  -- render: each frame = 1 tick (untimed) + clear/draw/present (timed)
  local times = {}
  for f = 1, RENDER_FRAMES do
    love.event.pump()
    tick()
    local a = getTime()
    draw()
    times[f] = (getTime() - a) * 1000
  end
  table.sort(times)
  figure(("render_median_n%d"):format(N), median(times), "%.3f", "ms")
  figure(("render_p99_n%d"):format(N), percentile(times, 99), "%.3f", "ms")

  local rss = peakRssMB()
  if rss then
    figure(("peak_rss_n%d"):format(N), rss, "%.1f", "MB")
  else
    note("love: VmHWM unavailable; peak_rss figure skipped")
  end

  note("love: sanity n=%d map=%dx%d walls=%d ticks=%d overlapping_pairs_last_tick=%d",
    N, W, H, nwalls, tickCount, lastPairs)
  return 0
end

function love.run()
  local args = love.arg and love.arg.parseGameArguments and
    love.arg.parseGameArguments(arg) or arg or {}
  local done = false
  return function()
    if done then return 0 end
    done = true
    local ok, rc = xpcall(runBenchmark, debug.traceback, args)
    if not ok then
      note("love: benchmark error: %s", tostring(rc))
      return 1
    end
    return rc
  end
end
