-- expect: FILE: a level must return a table; this file returned nothing
local level = { format = 1 }
