-- xpcall with a message handler that loops, inside a loop.
while true do
  xpcall(function() error("first") end, function(e) while true do end end)
end
