-- A chunk nested 100000 deep: the parser stops it, not the C stack.
local f, err = load("return " .. string.rep("(", 100000) .. "1" .. string.rep(")", 100000))
error(err, 0)
