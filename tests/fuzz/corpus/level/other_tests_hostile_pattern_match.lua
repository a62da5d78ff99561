-- Four lazy captures and no match.
local s = string.rep("a", 500)
return { string.match(s, "(.-)(.-)(.-)(.-)x") }
