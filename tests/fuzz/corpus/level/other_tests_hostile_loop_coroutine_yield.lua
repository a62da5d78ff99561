-- A coroutine that yields forever, resumed forever: no single call is long.
local co = coroutine.wrap(function() while true do coroutine.yield(1) end end)
while true do co() end
