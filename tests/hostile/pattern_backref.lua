-- A back-reference makes backtracking cost about n^3: (a*)%1b on 3000 bytes
-- of 'a' is a billion comparisons in one C call, which the old guard let
-- through (it priced the pattern at n^2), and the instruction hook cannot
-- see. Ten of them end each on_update. The matcher charges its steps.
local s = string.rep("a", 3000)
return {
  format = 1, id = "hostile.pattern_backref", quest = "web", title = "A back-reference",
  map = { rows = { "###", "#@#", "###" } },
  on_update = function(dt)
    for i = 1, 9 do s:find("(a*)%1b") end
    return s:find("(a*)%1b")
  end,
}
-- play: pattern_backref.lua:10: the level went over its budget
