-- The level names a map file that loops forever.
return {
  format = 1, id = "hostile.map_file_loop", quest = "web", title = "Looping map file",
  map = "loop_top.lua",
}
