-- A 5 MB error message from a callback, with a position prefix.
return {
  format = 1, id = "hostile.error_huge_update", quest = "web", title = "Huge error",
  map = { rows = { "###", "#@#", "###" } },
  on_update = function(dt)
    local s = "boom\n"
    while #s < 5 * 1024 * 1024 do s = s .. s end
    error(s)
  end,
}
