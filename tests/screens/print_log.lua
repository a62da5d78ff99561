-- print(...) in a level reaches its author on screen: F3 shows the level log.
return {
  format = 1,
  id = "screens.print_log",
  quest = "tests",
  title = "Print",
  map = { rows = { "#######", "#..@..#", "###E###" } },
  on_start = function()
    print("on_start ran", 42, true)
    sq.after(0.25, function() print("a timer a quarter of a second in") end)
  end,
}
