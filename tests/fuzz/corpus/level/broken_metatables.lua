local level = { format = 1, id = "fuzz.meta", quest = "web", title = "Meta",
  map = setmetatable({}, { __index = function() while true do end end }) }
return setmetatable(level, { __index = function() error("no") end,
  __pairs = function() error("no") end, __len = function() return 1e9 end })
