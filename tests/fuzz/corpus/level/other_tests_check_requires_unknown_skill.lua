-- expect: FILE: requires unknown skill 'htp'
return {
  format = 1,
  id = "check.requires_unknown_skill",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  requires = { "htp" },
}
