-- pcall must not swallow the budget error: it is sticky.
while true do pcall(function() while true do end end) end
