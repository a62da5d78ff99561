local rows = {}
for y = 1, 513 do rows[y] = "." end
rows[1] = "@"
return { format = 1, id = "fuzz.tall", quest = "web", title = "Tall", map = { rows = rows } }
