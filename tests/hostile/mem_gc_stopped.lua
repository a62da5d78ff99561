-- Stop the collector, then allocate garbage.
collectgarbage("stop")
while true do local t = { 1, 2, 3 } end
