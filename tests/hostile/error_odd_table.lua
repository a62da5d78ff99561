-- An error object whose __tostring raises: the message names the file and line.
return {
  format = 1, id = "hostile.error_odd_table", quest = "web", title = "Odd error",
  map = { rows = { "###", "#@#", "###" } },
  on_update = function(dt)
    error(setmetatable({}, { __tostring = function() error("again") end }))
  end,
}
-- play: error_odd_table.lua:6: (a table value)
