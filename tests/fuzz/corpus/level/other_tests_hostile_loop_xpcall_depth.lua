-- The stack overflow raised by the hook, then a handler that loops.
local function f() return 1 + f() end
xpcall(f, function(e) while true do end end)
