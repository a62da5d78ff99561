-- A module the carry level loads with sq.module("tools").
local M = {}
function M.words(v) return string.format("%d%% full", math.floor(v * 100)) end
return M
