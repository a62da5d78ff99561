-- Catastrophic backtracking inside one C call, where the hook cannot fire.
local s = string.rep("a", 500)
return { s:find(".-.-.-b") }
