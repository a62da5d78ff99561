-- No modules: require could load C code.
local socket = require("socket")
return { format = 1 }
