-- expect: FILE:13: a terminal has no field 'qiuz' (did you mean 'quiz'?)
-- expect: FILE:14: a mentor has no field 'dialouge' (did you mean 'dialogue'?)
return {
  format = 1,
  id = "check.prop_did_you_mean",
  quest = "web",
  title = "Check",
  dialogue = {
    intro = { { "Ada", "Hello." } },
  },
  map = {
    legend = {
      T = { type = "terminal", qiuz = "http_status" },
      M = { type = "mentor", name = "Ada", dialouge = "intro" },
    },
    rows = {
      "#######",
      "#@.T.M#",
      "###E###",
    },
  },
}
