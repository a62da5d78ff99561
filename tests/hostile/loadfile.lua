-- loadfile too.
local f = loadfile("/etc/passwd")
