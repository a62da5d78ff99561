-- A pack's level granting the pack's own skill.
return {
  format = 1,
  id = "demo.first",
  quest = "automation",
  title = "A pack's skill",
  map = {
    legend = { S = { type = "skill", name = "regex orb", skill = "pack_regex" } },
    rows = {
      "#######",
      "#@.S.E#",
      "#######",
    },
  },
  grants = { skills = { "pack_regex" } },
}
