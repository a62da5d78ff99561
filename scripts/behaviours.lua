-- scripts/behaviours.lua: the shared behaviours levels place by name.
--
-- A behaviour is a table. Its plain fields say how the entity looks and
-- collides (the engine moves and collides it natively); its functions say
-- what it does when something happens:
--   sprite, frames, rate  picture: atlas name (without _N when animated),
--                         frame count, ticks per frame
--   size = {w, h}         collider in pixels (default 16x16), bottom-centred in its tile
--   align = "top"         hang the collider from the tile's top instead
--   offset = {dx, dy}     where the 16x16 picture sits relative to the collider
--   solid, sensor, moves, bounce, hidden   engine flags
--   on_spawn(self)        after it is created; self = { id, type, name, props }
--   on_touch(self, other) a sensor overlapped another entity this tick
--   on_interact(self)     the player pressed confirm next to it
--   on_update(self, dt)   every tick (only define it when needed: it costs a call)
-- `self.props` holds every field the level gave the object (skill, dialogue,
-- quiz, requires, speed, ...). A level can define its own behaviours in its
-- `behaviours` table, and those win over these.

local B = {}

local function is_player(other)
  return other and other.id == sq.player().id
end

-- Splits "a, b" into { "a", "b" }.
local function words(text)
  local list = {}
  for word in string.gmatch(text or "", "[%w_]+") do list[#list + 1] = word end
  return list
end

-- A mentor talks: its dialogue comes from the level's dialogue table.
B.mentor = {
  sprite = "mentor", frames = 2, rate = 30,
  size = { 12, 10 }, offset = { -2, -6 }, solid = true,
  on_interact = function(self)
    if self.props.dialogue then
      sq.dialogue(self.props.dialogue)
    else
      sq.say(self.name or "Mentor", self.props.text or "Keep going: you are doing well.")
    end
    if self.name then sq.goal(self.name) end
  end,
}
-- Tiled's object class for people is "npc": the same behaviour.
B.npc = B.mentor

-- A bug patrols in a straight line and turns at walls; touching it hurts.
B.bug = {
  sprite = "bug", frames = 4, rate = 8,
  size = { 12, 11 }, offset = { -2, -5 }, sensor = true, moves = true, bounce = true,
  on_spawn = function(self)
    -- speed in pixels per second as Tiled maps give it, or tiles per second.
    local speed = tonumber(self.props.speed) or 2.5
    if speed > 16 then speed = speed / 16 end
    if self.props.dir == "v" or self.props.dir == "vertical" then
      sq.set_velocity(self.id, 0, speed)
    else
      sq.set_velocity(self.id, speed, 0)
    end
  end,
  on_touch = function(self, other)
    if is_player(other) then sq.hurt() end
  end,
}

-- A skill orb: collecting it grants the skill named by `skill`.
B.skill = {
  sprite = "orb", frames = 4, rate = 10,
  size = { 10, 10 }, offset = { -3, -3 }, sensor = true,
  on_touch = function(self, other)
    if not is_player(other) then return end
    sq.grant(self.props.skill)
    sq.remove(self.id)
  end,
}

-- A gate needs every skill in `requires` ("http" or "http, html"); it opens
-- by itself when the player comes close holding them, and explains itself
-- when asked.
local function gate_open(self)
  return quest.has_all(words(self.props.requires))
end

B.gate = {
  sprite = "gate_closed", solid = true,
  on_update = function(self)
    if self.opened then return end
    if quest.player_near(self.id, 1.6) and gate_open(self) then
      self.opened = true
      sq.open_gate(self.id)
    end
  end,
  on_interact = function(self)
    if self.opened then return end
    local names = {}
    for _, skill in ipairs(words(self.props.requires)) do
      local info = sq.skill(skill)
      names[#names + 1] = info and info.name or skill
    end
    sq.say("Gate", "This gate opens for someone who knows " .. table.concat(names, " and ") .. ".")
  end,
}

-- A terminal asks the quiz named by `quiz`.
B.terminal = {
  sprite = "terminal", frames = 2, rate = 40,
  size = { 14, 12 }, offset = { -1, -4 }, solid = true,
  on_interact = function(self)
    if self.props.quiz then sq.ask(self.props.quiz) end
  end,
}

-- A review desk asks the questions due for spaced review: questions from
-- other levels about skills the player holds, missed ones first (`count` per
-- visit, default 3). Its label says how many are due.
B.review = {
  sprite = "terminal", frames = 2, rate = 40,
  size = { 14, 12 }, offset = { -1, -4 }, solid = true,
  on_update = function(self)
    -- Twice a second is often enough for a label.
    if self.next_check and sq.time() < self.next_check then return end
    self.next_check = sq.time() + 0.5
    local due = sq.reviews_due()
    if due ~= self.due then
      self.due = due
      sq.set_label(self.id, due > 0 and ("Review: " .. due .. " due") or "Review: none due")
    end
  end,
  on_interact = function(self)
    self.next_check = nil
    if sq.review(self.props.count or 3) == 0 then
      sq.say(self.props.speaker or "Review desk", "Nothing is due for review here right now.",
        "What you answered right comes back a day later, then after longer and longer gaps; "
          .. "what you missed comes back at once. Right again on a later day: mastered.")
    end
  end,
}

-- A sign shows `text` (and `speaker`, default "Sign").
B.sign = {
  sprite = "terminal_0", size = { 14, 12 }, offset = { -1, -4 }, solid = true,
  on_interact = function(self)
    sq.say(self.props.speaker or "Sign", self.props.text or "...")
  end,
}

-- The exit ends the level once every goal is met.
B.exit = {
  sprite = "exit", frames = 1, rate = 45,
  -- Exits sit in a wall: the collider hangs 3 px below it so the player reaches it.
  size = { 12, 19 }, offset = { -2, 0 }, align = "top", sensor = true,
  on_update = function(self)
    if not self.lit and sq.goals_met() then
      self.lit = true
      sq.set_sprite(self.id, "exit", 2, 45)
    end
  end,
  on_touch = function(self, other)
    if not is_player(other) then return end
    sq.goal("exit")
    -- Touches repeat every tick while the player stands here: speak on arrival only.
    local arrived = not self.last_touch or sq.time() - self.last_touch > 0.5
    self.last_touch = sq.time()
    if sq.goals_met() then
      sq.complete()
    elseif arrived then
      sq.say("Exit", "The exit opens when every goal of this level is done. The goal list is at the top left.")
    end
  end,
}

-- A portal leads to a quest (the field in `quest`): it says how far the
-- player is, "coming soon" when the field has no levels yet, or what it
-- still needs; Enter goes in when it is open.
local function quest_info(id)
  for _, q in ipairs(sq.quests()) do
    if q.id == id then return q end
  end
end

B.portal = {
  sprite = "portal", frames = 4, rate = 10,
  size = { 14, 12 }, offset = { -1, -20 }, solid = true,
  on_spawn = function(self)
    local q = quest_info(self.props.quest)
    if not q then return end
    local status
    if q.levels == 0 then
      status = "coming soon"
    elseif not q.open then
      status = "locked"
    else
      status = q.won .. " of " .. q.levels .. " won"
    end
    sq.set_label(self.id, q.name .. ": " .. status)
    if q.levels == 0 or not q.open then sq.set_sprite(self.id, "portal_0") end
  end,
  on_interact = function(self)
    local q = quest_info(self.props.quest)
    if not q then return end
    if q.levels == 0 then
      sq.say(q.name, "This quest is coming soon. Level authors can add its levels: see docs/levels.md.")
    elseif not q.open then
      local names = {}
      for _, skill in ipairs(q.requires or {}) do
        if not sq.has_skill(skill) then
          local info = sq.skill(skill)
          names[#names + 1] = info and info.name or skill
        end
      end
      sq.say(q.name, "This portal opens once you know " .. table.concat(names, " and ") .. ".")
    else
      sq.enter_quest(q.id)
    end
  end,
}

return B
