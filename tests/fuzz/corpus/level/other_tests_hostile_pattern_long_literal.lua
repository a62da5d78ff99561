-- No special characters, so no backtracking, but a 512 KB pattern tried at
-- every position of a 2 MB subject is a trillion comparisons.
local s = string.rep("a", 1 << 21)
local p = string.rep("a", 1 << 19) .. "b"
return { s:find(p, 1, true), s:match(p) }
