-- error() with nothing at all.
return {
  format = 1, id = "hostile.error_odd_nil", quest = "web", title = "Odd error",
  map = { rows = { "###", "#@#", "###" } },
  on_update = function(dt)
    error()
  end,
}
-- play: error_odd_nil.lua:6: (a nil value)
