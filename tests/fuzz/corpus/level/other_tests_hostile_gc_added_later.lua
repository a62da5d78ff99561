-- __gc added after setmetatable does not mark the object for finalization
-- (Lua checks at setmetatable time): the level loads and closing it runs
-- nothing. Once the metatable has __gc, setmetatable refuses it.
local mt = {}
KEEP = setmetatable({}, mt)
mt.__gc = function() while true do end end
assert(not pcall(setmetatable, {}, mt))
return {
  format = 1, id = "hostile.gc_added_later", quest = "web", title = "__gc added later",
  map = { rows = { "###", "#@#", "###" } },
}
