-- expect: FILE:11: skill needs 'skill' (the skill it grants)
return {
  format = 1,
  id = "check.skill_orb_without_skill",
  quest = "web",
  title = "Check",
  map = {
    legend = { o = "skill" },
    rows = {
      "#######",
      "#@.o..#",
      "#######",
    },
  },
}
