-- A level must not write files.
local f = io.open("/tmp/skillquest_pwned", "w")
f:write("pwned")
f:close()
