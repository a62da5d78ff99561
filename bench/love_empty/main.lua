-- An empty LÖVE window: clears and presents one frame, prints how long after
-- SQ_BENCH_T0_NS (set by bench/compare.sh right before the start) that frame was
-- shown, then presents --frames more (default 0) and quits. Peak memory is read
-- from outside (/usr/bin/time), as for the game.
local ffi = require("ffi")
ffi.cdef[[
typedef long sq_time_t;
struct sq_timespec { sq_time_t tv_sec; long tv_nsec; };
int clock_gettime(int clk_id, struct sq_timespec *tp);
]]

local function startupMs()
  local ts = ffi.new("struct sq_timespec")
  ffi.C.clock_gettime(0, ts)
  local t0 = os.getenv("SQ_BENCH_T0_NS")
  if not t0 or not t0:match("^%d+$") or #t0 < 10 then return nil end
  local t0s, t0ns = tonumber(t0:sub(1, -10)), tonumber(t0:sub(-9))
  return (tonumber(ts.tv_sec) - t0s) * 1000 + (tonumber(ts.tv_nsec) - t0ns) / 1e6
end

function love.run()
  local frames = 0
  for i, a in ipairs(arg or {}) do
    if a == "--frames" then frames = tonumber(arg[i + 1]) or 0 end
  end
  return function()
    love.event.pump()
    love.graphics.clear(0, 0, 0, 1)
    love.graphics.present()
    local ms = startupMs()
    if ms then io.stdout:write(string.format("empty_startup %.3f ms\n", ms)) end
    for _ = 1, frames do
      love.event.pump()
      love.graphics.clear(0, 0, 0, 1)
      love.graphics.present()
    end
    return 0
  end
end
