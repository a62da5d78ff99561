-- expect: FILE:11: unknown skill 'htp' (not in the skill catalogue: scripts/skills/ or a pack's skills.lua)
return {
  format = 1,
  id = "check.unknown_skill",
  quest = "web",
  title = "Check",
  map = {
    legend = { o = { type = "skill", skill = "htp" } },
    rows = {
      "#######",
      "#@.o..#",
      "#######",
    },
  },
}
