-- A wrong type given to the API is an error that names the function and the
-- field, never a silent 0.
return {
  format = 1, id = "hostile.spawn_wrong_type", quest = "web", title = "x = \"ten\"",
  map = { rows = { "###", "#@#", "###" } },
  on_start = function() sq.spawn{ type = "bug", x = "ten", y = 1 } end,
}
-- play: spawn_wrong_type.lua:6: sq.spawn: 'x' must be a number (tiles), not a string
