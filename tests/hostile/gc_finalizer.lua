-- A __gc finalizer would run with the hook off, where a loop never stops.
setmetatable({}, { __gc = function() while true do end end })
return { format = 1 }
