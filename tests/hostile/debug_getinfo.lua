-- The debug library reaches everything: registry, upvalues, hooks.
local info = debug.getinfo(1)
debug.sethook()
