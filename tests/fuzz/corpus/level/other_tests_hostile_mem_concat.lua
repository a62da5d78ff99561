-- table.concat of a list of 1000 references to one 1 MB string: 1 GB.
local s = string.rep("x", 1 << 20)
local t = {}
for i = 1, 1000 do t[i] = s end
return { table.concat(t) }
