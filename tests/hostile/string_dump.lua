-- A binary chunk made with string.dump: removed, and load refuses binaries.
local bytes = string.dump(function() return 1 end)
return load(bytes)()
