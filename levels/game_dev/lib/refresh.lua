-- levels/game_dev/lib/refresh.lua: a refresher for a player who reaches a level
-- without the skills the earlier levels of the quest taught (a level opened
-- on its own with --level, or its level test). A mentor calls M.start with
-- { skill, exercise } pairs in the order they build on each other; each
-- missing skill is taught again (sq.grant) and one of its exercises asked,
-- the next only once the one before is held. A player who comes from the
-- earlier levels holds them all and sees nothing of this.
local M = {}

local queue = {}

-- The first missing skill: taught, and its exercise asked.
local function ask_next()
  while queue[1] and sq.has_skill(queue[1][1]) do table.remove(queue, 1) end
  local p = queue[1]
  if not p then return end
  sq.grant(p[1])
  sq.ask(p[2])
end

-- True when something was missing (the mentor then says its refresher).
function M.start(list)
  queue = {}
  for _, p in ipairs(list) do
    if not sq.has_skill(p[1]) then queue[#queue + 1] = p end
  end
  if #queue == 0 then return false end
  ask_next()
  return true
end

function M.pending()
  return queue[1] ~= nil
end

-- From the level's on_answer: the next skill once this one is held, or the
-- same skill again (the game picks another of its exercises after a miss).
function M.answered()
  if queue[1] then sq.after(0.1, ask_next) end
end

return M
