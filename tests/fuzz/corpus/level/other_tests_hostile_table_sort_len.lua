-- table.sort of 2^31-2 elements read through a C __index (tostring), with
-- no Lua comparator for the hook to see.
local t = setmetatable({}, { __len = function() return (1 << 31) - 2 end,
                             __index = tostring, __newindex = rawequal })
table.sort(t)
return { format = 1 }
