-- A coroutine stopped by the budget has hooks off for good: coroutine.wrap
-- would close it and run this __close with nothing to stop it.
local f = coroutine.wrap(function()
  local x <close> = setmetatable({}, { __close = function() while true do end end })
  while true do end
end)
f()
