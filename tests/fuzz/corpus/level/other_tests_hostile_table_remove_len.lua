-- table.remove shifts #t elements in C; __len says there are 2^50.
local t = setmetatable({}, { __len = function() return 1 << 50 end })
table.remove(t, 1)
return { format = 1 }
