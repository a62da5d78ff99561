-- An infinite loop at the top level: stopped by the load budget.
while true do end
