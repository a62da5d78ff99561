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
--   props = { name = "what it means", ... }   the fields an object of this
--                         behaviour may have; --check reports any other (with
--                         "did you mean") besides the ones every object may
--                         have (tile, sprite, sound, look, facing)
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

-- People wear a look of their own (`look`: a name from docs/art.md, such as
-- "ada" or "kofi"), breathe, face `facing` (down, up, left, right; down by
-- default) and turn to whoever talks to them. Without a look: the mentor.
local function show_person(self, facing)
  local look = self.props.look
  if look then sq.set_sprite(self.id, "person_" .. look .. "_" .. facing, 2, 36) end
end

local function face_player(self)
  local me, player = sq.entity(self.id), sq.player()
  if not me or not player then return end
  local dx, dy = player.x - me.x, player.y - me.y
  local facing
  if math.abs(dx) > math.abs(dy) then
    facing = dx < 0 and "left" or "right"
  else
    facing = dy < 0 and "up" or "down"
  end
  show_person(self, facing)
end

-- A mentor talks: its dialogue comes from the level's dialogue table; with
-- `teaches`, the talk teaches that skill (as an orb does), once.
B.mentor = {
  sprite = "mentor", frames = 2, rate = 30,
  props = {
    dialogue = "the conversation to hold (an id of the level's dialogue)",
    text = "what to say without a dialogue",
    teaches = "a skill the talk teaches (an id of the catalogue)",
  },
  size = { 12, 10 }, offset = { -2, -6 }, solid = true,
  on_spawn = function(self)
    show_person(self, self.props.facing or "down")
  end,
  on_interact = function(self)
    face_player(self)
    if self.props.dialogue then
      sq.dialogue(self.props.dialogue)
    else
      sq.say(self.name or "Mentor", self.props.text or "Keep going: you are doing well.")
    end
    if self.props.teaches and not self.taught then
      local ok, why = sq.grant(self.props.teaches)
      if ok then self.taught = true else sq.say(self.name or "Mentor", why) end
    end
    if self.name then sq.goal(self.name) end
  end,
}
-- Tiled's object class for people is "npc": the same behaviour.
B.npc = B.mentor

-- A bug patrols in a straight line and turns at walls; touching it hurts.
B.bug = {
  sprite = "bug", frames = 4, rate = 8,
  props = { dir = "h (default) or v: the way it patrols", speed = "tiles per second (default 2.5)" },
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

-- A skill orb teaches the skill named by `skill`: the player is learning it
-- until one of its exercises is answered right. A skill that builds on one
-- the player does not hold yet stays in its orb, which says what comes first.
B.skill = {
  sprite = "orb", frames = 4, rate = 10,
  props = { skill = "the skill it teaches (an id of the catalogue)" },
  size = { 10, 10 }, offset = { -3, -3 }, sensor = true,
  on_touch = function(self, other)
    if not is_player(other) then return end
    local ok, why = sq.grant(self.props.skill)
    if ok then
      sq.remove(self.id)
      return
    end
    -- Touches repeat every tick while the player stands here: speak on arrival only.
    local arrived = not self.last_touch or sq.time() - self.last_touch > 0.5
    self.last_touch = sq.time()
    if arrived then
      sq.say("Skill orb", why)
      sq.set_label(self.id, "Not yet", true)
      self.refused = true
    end
  end,
  -- "Not yet" is said to the player in front of it: once they walk away it
  -- goes, so it never stands over an orb whose first skill is held by now.
  on_update = function(self)
    if self.refused and not quest.player_near(self.id, 2.5) then
      self.refused = false
      sq.set_label(self.id, "", false)
    end
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
  props = { requires = "the skills held that open it: \"http\" or \"http, json\"" },
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

-- A terminal asks the exercise named by `quiz` (the level's own or its quest
-- bank's), or several: "a, b", one after another.
B.terminal = {
  sprite = "terminal", frames = 2, rate = 40,
  props = { quiz = "the exercise it asks (an id of the level's exercises or its quest's bank; several: \"a, b\")" },
  size = { 14, 12 }, offset = { -1, -4 }, solid = true,
  on_interact = function(self)
    -- One exercise, or several ("a, b") asked one after another.
    local ids = words(self.props.quiz)
    if #ids == 1 then sq.ask(ids[1]) elseif #ids > 1 then sq.ask(ids) end
  end,
}

-- A review desk asks what is due for spaced review: first the questions
-- missed this session once two others came between, then skills that are
-- due, each with a different question than last time, from other levels and
-- the quests' banks (`count` per visit, default 3). Its label says how many.
B.review = {
  sprite = "terminal", frames = 2, rate = 40,
  props = { count = "questions per visit (default 3)", speaker = "who speaks (default Review desk)" },
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
        "A skill comes back when it is due: a day after you first use it, then after longer "
          .. "and longer gaps. A missed question comes back after two others, and the next day.",
        "Mastered means: right on two different questions, each when the skill was due, at "
          .. "least 20 hours apart. Missing a mastered skill's due review takes mastery back.")
    end
  end,
}

-- A sign shows `text` (and `speaker`, default "Sign"); a signpost is the
-- same on a post that stands out in an open place.
B.sign = {
  props = { speaker = "who speaks (default Sign)", text = "what it says" },
  sprite = "terminal_0", size = { 14, 12 }, offset = { -1, -4 }, solid = true,
  on_interact = function(self)
    sq.say(self.props.speaker or "Sign", self.props.text or "...")
  end,
}

B.signpost = {
  props = B.sign.props,
  sprite = "signpost", size = { 14, 8 }, offset = { -1, -24 }, solid = true,
  on_interact = B.sign.on_interact,
}

-- Furniture and decoration: a prop shows `sprite` (any 16x16 picture of the
-- atlas, docs/art.md lists them: "web_globe", "data_shelf", "hub_bench"...)
-- and blocks the way; a tall_prop stands a 16x32 picture ("quantum_fridge",
-- "hub_tree") on its tile.
B.prop = {
  sprite = "plant", solid = true,
  size = { 14, 8 }, offset = { -1, -8 },
  props = {},
}

B.tall_prop = {
  sprite = "hub_tree", solid = true,
  size = { 14, 8 }, offset = { -1, -24 },
  props = {},
}

-- A mark on the floor, walked over (a star before a finished quest's portal).
B.decal = {
  sprite = "ui_star",
  size = { 8, 8 }, offset = { 0, 0 },
  props = {},
}

-- The exit ends the level once every goal is met.
B.exit = {
  props = {},
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

-- A portal leads to a quest (the field in `quest`) and wears that field's
-- colour and emblem. Its label, always shown, names the field and its state
-- in words: open with how many levels are won, what it needs first,
-- "coming soon" when no levels exist yet, or complete; the portal's shape
-- says the same (sealed in stone while closed). Enter goes in when open;
-- the hub remembers which portal the player took.
local function quest_info(id)
  for _, q in ipairs(sq.quests()) do
    if q.id == id then return q end
  end
end

local function skill_names(list, only_missing)
  local names = {}
  for _, skill in ipairs(list or {}) do
    if not (only_missing and sq.has_skill(skill)) then
      local info = sq.skill(skill)
      names[#names + 1] = info and info.name or skill
    end
  end
  return names
end

-- The portal's state in words, for its label.
local function portal_state(q)
  if q.levels == 0 then return "coming soon" end
  if not q.open then
    -- Quests still to finish say it all (they teach the skills too), and
    -- keep the capstone's label short enough to stay on screen.
    if (q.needs_quests or 0) > 0 then
      return "needs " .. q.needs_quests .. " more quest" .. (q.needs_quests == 1 and "" or "s")
    end
    return "needs " .. table.concat(skill_names(q.requires, true), ", ")
  end
  if q.won >= q.levels then return "complete" end
  return q.won .. " of " .. q.levels .. " levels won"
end

B.portal = {
  sprite = "portal", frames = 4, rate = 10,
  props = {
    quest = "the quest it leads to (a field id of scripts/fields.lua)",
    start = "true on the quest a new player should start with: its label says so",
  },
  size = { 14, 12 }, offset = { -1, -20 }, solid = true,
  on_spawn = function(self)
    local q = quest_info(self.props.quest)
    if not q then return end
    local state = portal_state(q)
    if self.props.start and q.won == 0 and q.open and q.levels > 0 then state = "start here!" end
    sq.set_label(self.id, q.name .. "\n" .. state, true)
    local look = "portal_" .. q.id
    if q.levels == 0 or not q.open then
      sq.set_sprite(self.id, look .. "_closed")
    else
      sq.set_sprite(self.id, look, 4, 10)
    end
  end,
  on_interact = function(self)
    local q = quest_info(self.props.quest)
    if not q then return end
    if q.levels == 0 then
      sq.say(q.name, "This quest is coming soon. Level authors can add its levels: see docs/levels.md.")
    elseif not q.open and (q.needs_quests or 0) > 0 then
      sq.say(q.name, "This is where engineers design whole systems. It opens once you have "
        .. "completed " .. q.needs_quests .. " more quest" .. (q.needs_quests == 1 and "" or "s")
        .. ": every level of a field won.")
    elseif not q.open then
      sq.say(q.name, "This portal opens once you hold " .. table.concat(skill_names(q.requires, true), " and ")
        .. ": taught, and one of its questions answered right.")
    else
      -- Back from the quest, the player comes out here.
      sq.keep("portal", q.id)
      sq.enter_quest(q.id)
    end
  end,
}

return B
