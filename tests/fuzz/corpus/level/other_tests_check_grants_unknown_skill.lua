-- expect: FILE: grants unknown skill 'htp'
return {
  format = 1,
  id = "check.grants_unknown_skill",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  grants = { skills = { "htp" } },
}
