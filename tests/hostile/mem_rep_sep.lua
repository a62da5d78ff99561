-- string.rep with a separator, as a method call.
local s = ("x"):rep(1 << 40, "yy")
return { s }
