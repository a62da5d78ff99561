-- A coroutine as the error object.
return {
  format = 1, id = "hostile.error_odd_coroutine", quest = "web", title = "Odd error",
  map = { rows = { "###", "#@#", "###" } },
  on_update = function(dt)
    error(coroutine.create(print))
  end,
}
-- play: error_odd_coroutine.lua:6: (a thread value)
