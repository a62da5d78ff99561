-- An infinite loop inside a coroutine, resumed during load; the resume error
-- must not be swallowed either.
local co = coroutine.create(function() while true do end end)
while true do coroutine.resume(co) end
