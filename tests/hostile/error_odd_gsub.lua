-- An error raised inside a coroutine that string.gsub calls for each match
-- (through coroutine.wrap): passed on with no position of its own.
return {
  format = 1, id = "hostile.error_odd_gsub", quest = "web", title = "Odd error",
  map = { rows = { "###", "#@#", "###" } },
  on_update = function(dt)
    local each = coroutine.wrap(function() error({}) end)
    return (string.gsub("abc", "%w", each))
  end,
}
-- play: error_odd_gsub.lua:8: (a table value)
