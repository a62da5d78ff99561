-- Looping metamethods on _G and on the returned level table: the host reads
-- raw, so none of them runs. on_update touches an undefined global, which
-- the _G __index turns into a loop: stopped by the budget.
local function loop() while true do end end
local spin = { __index = loop, __newindex = loop, __len = loop, __pairs = loop,
               __eq = loop, __tostring = loop, __call = loop, __concat = loop,
               __metatable = "mine" }
local level = {
  format = 1, id = "hostile.metatable_level", quest = "web", title = "Metatables",
  map = setmetatable({ rows = setmetatable({ "###", "#@#", "###" }, spin) }, spin),
  dialogue = setmetatable({}, spin),
  goals = setmetatable({}, spin),
  on_update = function(dt) return undefined_global end,
}
setmetatable(_G, spin)
return setmetatable(level, spin)
