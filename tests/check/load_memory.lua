-- expect: FILE: the level used more than 64 MB of memory, its limit
-- Doubling reaches the cap in a few steps, long before the time budget.
local s, keep = "x", {}
while true do s = s .. s; keep[#keep + 1] = s end
