return setmetatable({ orientation = "orthogonal", layers = {} },
  { __index = function(t, k) while true do end end })
