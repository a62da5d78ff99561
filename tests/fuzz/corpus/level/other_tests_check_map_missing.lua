-- expect: FILE: the level needs a 'map': { rows = {...}, legend = {...} } or a Tiled map file name
return {
  format = 1,
  id = "check.map_missing",
  quest = "web",
  title = "Check",
}
