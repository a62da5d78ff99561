-- Unbounded recursion: must be a stack overflow, fast.
local function f() return 1 + f() end
f()
