-- A hand-made binary chunk given to load: refused (text only); the level
-- turns the refusal into its error.
local f, err = load("\27Lua\84\0\25\147\13\10\26\10\4\8\8")
assert(f == nil)
error(err, 0)
