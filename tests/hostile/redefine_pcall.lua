-- Redefining pcall and error globally changes nothing for the sandbox.
pcall = function(f, ...) return true end
error = function() end
xpcall = pcall
while true do pcall(function() end) error("x") end
