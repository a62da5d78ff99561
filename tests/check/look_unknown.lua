-- expect: FILE:12: unknown look 'gracee' (docs/art.md lists the people's looks)
-- expect: FILE:12: facing 'north': down, up, left or right
return {
  format = 1,
  id = "check.look_unknown",
  quest = "web",
  title = "Check",
  map = {
    legend = { M = { type = "mentor", name = "Grace", look = "gracee", facing = "north" } },
    rows = {
      "#####",
      "#@.M#",
      "##E##",
    },
  },
}
