-- string.rep of an empty string makes nothing, but loops 2^40 times in C.
local s = string.rep("", 1 << 40)
return { format = 1 }
-- play: rep_empty.lua:2: the level went over its budget
