-- expect: FILE:3: format 2 is newer than this game understands (1): update SkillQuest
return {
  format = 2,
  id = "check.format_newer",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
}
