-- A 50 MB error message: the host cuts it. (Built from 1 MB pieces: one
-- string.rep of 50 MB single bytes is 50 million tiny copies.)
local mb = string.rep("x", 1 << 20)
error(string.rep(mb, 50), 0)
