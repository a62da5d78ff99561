-- A back-reference makes backtracking cost about n^3: (a*)%1b on 3000 bytes
-- of 'a' is billions of comparisons in one C call at the end of on_update,
-- where the instruction hook cannot see it. The matcher charges its steps.
local s = string.rep("a", 3000)
return {
  format = 1, id = "hostile.pattern_backref", quest = "web", title = "A back-reference",
  map = { rows = { "###", "#@#", "###" } },
  on_update = function(dt)
    return s:find("(a*)%1b")
  end,
}
