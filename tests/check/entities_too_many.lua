-- expect: FILE:13: the level places 70924 objects; a level may have at most 65536 entities
-- A map of 70923 signs (its rows built by the file itself): over the
-- number of entities a level may have, whichever way they are placed.
local rows = { string.rep("#", 300) }
for y = 2, 239 do rows[y] = "#" .. string.rep("s", 298) .. "#" end
rows[2] = "#@" .. string.rep("s", 297) .. "#"
rows[240] = string.rep("#", 300)
return {
  format = 1,
  id = "check.entities_too_many",
  quest = "web",
  title = "Check",
  map = {
    rows = rows,
    legend = { s = "sign" },
  },
}
