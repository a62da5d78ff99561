-- An infinite loop in a level-defined behaviour's on_update, wrapped in pcall.
return {
  format = 1, id = "hostile.loop_behaviour", quest = "web", title = "Loop in a behaviour",
  map = {
    legend = { X = { type = "spinner" } },
    rows = { "####", "#@X#", "####" },
  },
  behaviours = {
    spinner = {
      sprite = "bug",
      on_update = function(self, dt) while true do pcall(error, "again") end end,
    },
  },
}
