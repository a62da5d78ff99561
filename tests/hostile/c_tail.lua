-- Twenty entities whose on_update ends in one long C call each: a plain
-- find of a 151-byte pattern across 1 MB (150 million comparisons, just
-- under what one call could once ask for). The tick's budget prices it.
local s = string.rep("a", 1 << 20)
local p = string.rep("a", 150) .. "b"
local rows = { "######################", "#@" .. string.rep("G", 19) .. "#", "######################" }
return {
  format = 1, id = "hostile.c_tail", quest = "web", title = "Long C calls at the end",
  map = { rows = rows, legend = { G = { type = "grinder" } } },
  behaviours = {
    grinder = {
      sprite = "bug",
      on_update = function(self, dt)
        return s:find(p, 1, true)
      end,
    },
  },
}
-- play: c_tail.lua:14: the level went over its budget of 2000000 instructions in one tick (in grinder.on_update)
