local s = sq.skill("http")
local ok1 = pcall(sq.spawn, { type = "bug", x = 1, y = 1 })
local ok2 = pcall(sq.say, "a", "b")
local ok3 = pcall(sq.xp, 5)
local t = sq.time()
return { format = 1, id = "fuzz.sq", quest = "web", title = s and s.name or "?",
  map = { rows = { "@E" } } }
