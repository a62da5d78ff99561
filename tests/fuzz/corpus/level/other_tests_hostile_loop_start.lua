-- An infinite loop in on_start, which runs under the load budget.
return {
  format = 1, id = "hostile.loop_start", quest = "web", title = "Loop in on_start",
  map = { rows = { "###", "#@#", "###" } },
  on_start = function() local n = 0 while true do n = n + 1 end end,
}
