-- 25 MB of '{' as one page: the game would expand {key} names in it (and
-- once did so in quadratic time). The API takes at most a page.
return {
  format = 1, id = "hostile.say_huge", quest = "web", title = "A huge page",
  map = { rows = { "###", "#@#", "###" } },
  on_start = function() sq.say("Bug", string.rep("{", 25 << 20)) end,
}
-- play: say_huge.lua:6: sq.say: page 1 is 26214400 bytes long; a page may have at most 500
