-- table.insert shifts #t elements in C; __len says there are 2^50.
local t = setmetatable({}, { __len = function() return 1 << 50 end })
table.insert(t, 1, "x")
return { format = 1 }
