-- One huge string in one C call.
local s = string.rep("x", 2^31)
return { s }
