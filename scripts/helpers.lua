-- scripts/helpers.lua: quest helpers every level can use, as the global
-- `quest`. Small conveniences built only on the public sq.* API, so a level
-- can read them to learn how the API fits together.

local quest = {}

-- True when the player holds every skill in the list (or the one skill).
function quest.has_all(skills)
  if type(skills) == "string" then skills = { skills } end
  for _, skill in ipairs(skills) do
    if not sq.has_skill(skill) then return false end
  end
  return true
end

-- Distance in tiles between two entities (ids), or math.huge if one is gone.
function quest.distance(a, b)
  local ea, eb = sq.entity(a), sq.entity(b)
  if not ea or not eb then return math.huge end
  local dx, dy = ea.x - eb.x, ea.y - eb.y
  return math.sqrt(dx * dx + dy * dy)
end

-- True when the player stands within `tiles` of the entity.
function quest.player_near(id, tiles)
  -- Gates ask this every tick: the player's own table serves, no third lookup.
  local p, e = sq.player(), sq.entity(id)
  if not p or not e then return false end
  local dx, dy = p.x - e.x, p.y - e.y
  return math.sqrt(dx * dx + dy * dy) <= (tiles or 1.5)
end

-- Runs fn the first time it is called with this key, never again.
local done = {}
function quest.once(key, fn)
  if done[key] then return false end
  done[key] = true
  fn()
  return true
end

-- Calls fn every `seconds` of game time, for the rest of the level.
function quest.every(seconds, fn)
  local function tick()
    fn()
    sq.after(seconds, tick)
  end
  sq.after(seconds, tick)
end

-- Says a list of pages as one speaker: quest.say_pages("Ada", { "a", "b" }).
function quest.say_pages(speaker, pages)
  sq.say(speaker, table.unpack(pages))
end

return quest
