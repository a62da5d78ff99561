-- Recursion caught by pcall at every level, then a handler that recurses:
-- stack overflow is sticky like the budget.
local function f() return 1 + f() end
while true do xpcall(f, function(e) return f() end) end
