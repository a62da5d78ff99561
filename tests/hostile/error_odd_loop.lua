-- An error object whose __tostring loops: never called; file and line shown.
return {
  format = 1, id = "hostile.error_odd_loop", quest = "web", title = "Odd error",
  map = { rows = { "###", "#@#", "###" } },
  on_update = function(dt)
    error(setmetatable({}, { __tostring = function() while true do end end }))
  end,
}
-- play: error_odd_loop.lua:6: (a table value)
