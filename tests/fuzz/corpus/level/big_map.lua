local rows = {}
for y = 1, 512 do rows[y] = ("."):rep(512) end
rows[1] = "@" .. ("."):rep(510) .. "E"
return { format = 1, id = "fuzz.big", quest = "web", title = "Big", map = { rows = rows } }
