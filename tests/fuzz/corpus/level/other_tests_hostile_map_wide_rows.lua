-- A map whose rows are 40000 characters wide.
local row = string.rep("#", 40000)
return {
  format = 1, id = "hostile.map_wide_rows", quest = "web", title = "Wide rows",
  map = { rows = { row, row, row } },
}
