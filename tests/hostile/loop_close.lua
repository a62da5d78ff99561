-- A to-be-closed variable whose __close loops: it runs on the way out of
-- the block, and again while the budget error unwinds.
do
  local x <close> = setmetatable({}, { __close = function() while true do end end })
end
