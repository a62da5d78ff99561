-- The string metatable is locked: none of these changes it, and string
-- methods still work after.
assert(getmetatable("") == "locked")
assert(not pcall(function() getmetatable("").__index = nil end))
assert(not pcall(function() getmetatable("").__index.rep = nil end))
assert(not pcall(setmetatable, "", {}))
string.rep = function() while true do end end -- only this level's copy
assert(("ab"):upper() == "AB")
return {
  format = 1, id = "hostile.string_metatable", quest = "web", title = "String metatable",
  map = { rows = { "###", "#@#", "###" } },
}
