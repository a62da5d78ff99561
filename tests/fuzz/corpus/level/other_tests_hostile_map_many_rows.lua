-- A map of 100000 rows: refused by size before the game allocates it.
local rows = {}
for i = 1, 100000 do rows[i] = "#" end
return {
  format = 1, id = "hostile.map_many_rows", quest = "web", title = "Many rows",
  map = { rows = rows },
}
