-- table.concat over 2^40 indexes that each read "" through a C __index.
local t = setmetatable({}, { __index = table.concat })
return { table.concat(t, "", 1, 1 << 40) }
