-- Doubling a string with .. until memory runs out, errors swallowed by pcall.
local s = "x"
while true do
  pcall(function() s = s .. s end)
end
