-- expect: FILE:8: map has 513 rows; it needs 1 to 512
return {
  format = 1,
  id = "check.map_too_many_rows",
  quest = "web",
  title = "Check",
  map = {
    rows = (function()
      local rows = { "#@#" }
      for i = 2, 513 do rows[i] = "###" end
      return rows
    end)(),
  },
}
