-- A pack's level granting the pack's own skill.
return {
  format = 1,
  id = "demo.clash",
  quest = "automation",
  title = "A pack's skill",
  map = {
    legend = { S = { type = "skill", name = "regex orb", skill = "http" } },
    rows = {
      "#######",
      "#@.S.E#",
      "#######",
    },
  },
  grants = { skills = { "http" } },
}
