-- tests/lua/check_skills.lua: checks the skill catalogue.
--
--   lua5.4 tests/lua/check_skills.lua scripts/skills/*.lua
--
-- Reads every file given into one catalogue, as the game does. Prints
-- "skills: OK (N skills)" and exits 0, or prints one line per problem and
-- exits 1.

local paths = { ... }
if #paths == 0 then
  io.stderr:write("usage: lua5.4 tests/lua/check_skills.lua scripts/skills/*.lua\n")
  os.exit(2)
end
local path = "skills"

local FIELDS = {
  "web", "data_science", "web_scraping", "cybersecurity", "ai_frameworks",
  "quantum", "cryptography", "mentoring", "automation", "game_dev", "apis",
  "iot", "backend",
}
local SIDES = { developer = true, engineer = true }
-- Ids the game already uses.
local REQUIRED_IDS = {
  "http", "html", "css", "javascript", "unit_tests", "flask", "django",
  "rest_apis", "json", "sql", "debugging", "git",
}
local KNOWN_KEYS = {
  id = true, name = true, field = true, side = true, requires = true,
  one_of = true, optional = true, card = true,
}
local LISTS = { "requires", "one_of", "optional" }
local MIN_PER_FIELD = 6
local NAME_MAX, CARD_MIN, CARD_MAX = 24, 40, 300

local problems = {}
local function problem(fmt, ...)
  problems[#problems + 1] = string.format(fmt, ...)
end

local function finish(count)
  if #problems == 0 then
    print(string.format("skills: OK (%d skills)", count))
    os.exit(0)
  end
  for _, p in ipairs(problems) do print(path .. ": " .. p) end
  print(string.format("skills: %d problem(s)", #problems))
  os.exit(1)
end

-- Length in characters: UTF-8 aware, falling back to bytes.
local function chars(s) return utf8.len(s) or #s end

-- Sentences: each ". ", "! " or "? " ends one, plus the final one.
local function sentences(s)
  local n = 0
  for _ in s:gmatch("[%.!%?] ") do n = n + 1 end
  return n + 1
end

-- Every file, merged; a helper like skill{...} silently overwrites a
-- repeated id, so look for repeats in the source text too.
local skills, origin = {}, {}
for _, file in ipairs(paths) do
  local ok, part = pcall(dofile, file)
  if not ok then
    problem("%s does not load: %s", file, tostring(part))
  elseif type(part) ~= "table" then
    problem("%s must return a table, got %s", file, type(part))
  else
    for id, s in pairs(part) do
      if origin[id] then
        problem("skill '%s' is in %s and in %s", tostring(id), origin[id], file)
      end
      skills[id], origin[id] = s, file
    end
  end
  local f = io.open(file, "r")
  if f then
    local text, seen = f:read("a"), {}
    f:close()
    for id in text:gmatch('%f[%w_]id%s*=%s*"([^"]*)"') do
      if seen[id] then problem("%s: id '%s' is defined more than once", file, id) end
      seen[id] = true
    end
  end
end
if #problems > 0 then finish(0) end

local field_ok = {}
for _, f in ipairs(FIELDS) do field_ok[f] = true end

-- Sorted keys, so problems are reported in a stable order.
local ids, count = {}, 0
for key in pairs(skills) do
  if type(key) ~= "string" then
    problem("key %s is not a string", tostring(key))
  else
    ids[#ids + 1] = key
  end
  count = count + 1
end
table.sort(ids)

local per_field, per_side = {}, {}

for _, key in ipairs(ids) do
  local s = skills[key]
  local where = "skill '" .. key .. "'"
  if type(s) ~= "table" then
    problem("%s: is a %s, not a table", where, type(s))
    goto continue
  end

  if not key:match("^[a-z][a-z0-9_]*$") then
    problem("%s: id is not lowercase snake_case", where)
  end
  if s.id ~= key then
    problem("%s: id is %s, not equal to its key", where, tostring(s.id))
  end
  for k in pairs(s) do
    if not KNOWN_KEYS[k] then problem("%s: unknown key '%s'", where, tostring(k)) end
  end

  -- name
  if type(s.name) ~= "string" or s.name == "" then
    problem("%s: name must be a non-empty string", where)
  elseif chars(s.name) > NAME_MAX then
    problem("%s: name '%s' is %d characters (max %d)", where, s.name, chars(s.name), NAME_MAX)
  end

  -- field and side
  if type(s.field) ~= "string" or not field_ok[s.field] then
    problem("%s: field '%s' is not one of the allowed fields", where, tostring(s.field))
  else
    per_field[s.field] = (per_field[s.field] or 0) + 1
  end
  if type(s.side) ~= "string" or not SIDES[s.side] then
    problem("%s: side '%s' must be developer or engineer", where, tostring(s.side))
  else
    per_side[s.side] = (per_side[s.side] or 0) + 1
  end

  -- lists
  if s.requires == nil then
    problem("%s: requires is missing (use {} for none)", where)
  end
  for _, list in ipairs(LISTS) do
    local v = s[list]
    if v ~= nil then
      if type(v) ~= "table" then
        problem("%s: %s must be a table", where, list)
      else
        local n = 0
        for _ in pairs(v) do n = n + 1 end
        if n ~= #v then problem("%s: %s must be a list (array)", where, list) end
        local seen = {}
        for _, ref in ipairs(v) do
          if type(ref) ~= "string" then
            problem("%s: %s holds a %s, not a skill id", where, list, type(ref))
          elseif ref == key then
            problem("%s: %s refers to itself", where, list)
          elseif type(skills[ref]) ~= "table" then
            problem("%s: %s refers to unknown skill '%s'", where, list, ref)
          elseif seen[ref] then
            problem("%s: %s lists '%s' twice", where, list, ref)
          end
          if type(ref) == "string" then seen[ref] = true end
        end
      end
    end
  end

  -- card
  if type(s.card) ~= "string" then
    problem("%s: card must be a string", where)
  else
    local len = chars(s.card)
    if len < CARD_MIN or len > CARD_MAX then
      problem("%s: card is %d characters (must be %d..%d)", where, len, CARD_MIN, CARD_MAX)
    end
    if not s.card:match("[%.!%?]$") then
      problem("%s: card must end with '.', '!' or '?'", where)
    end
    local n = sentences(s.card)
    if n < 2 or n > 3 then
      problem("%s: card has %d sentences (must be 2 or 3)", where, n)
    end
    if s.card:match("^%s") or s.card:match("%s%s") then
      problem("%s: card has stray whitespace", where)
    end
  end

  ::continue::
end

-- Prerequisite cycles through requires and one_of (optional does not gate).
local WHITE, GREY, BLACK = 0, 1, 2
local colour, stack, reported = {}, {}, {}

local function edges(id)
  local out, s = {}, skills[id]
  if type(s) ~= "table" then return out end
  for _, list in ipairs({ "requires", "one_of" }) do
    if type(s[list]) == "table" then
      for _, ref in ipairs(s[list]) do
        if type(ref) == "string" and type(skills[ref]) == "table" and ref ~= id then
          out[#out + 1] = ref
        end
      end
    end
  end
  return out
end

local function visit(id)
  colour[id] = GREY
  stack[#stack + 1] = id
  for _, next_id in ipairs(edges(id)) do
    local c = colour[next_id] or WHITE
    if c == GREY then
      local cycle, start = {}, nil
      for i = 1, #stack do
        if stack[i] == next_id then start = i end
      end
      for i = start, #stack do cycle[#cycle + 1] = stack[i] end
      cycle[#cycle + 1] = next_id
      local text = table.concat(cycle, " -> ")
      if not reported[text] then
        reported[text] = true
        problem("prerequisite cycle: %s", text)
      end
    elseif c == WHITE then
      visit(next_id)
    end
  end
  stack[#stack] = nil
  colour[id] = BLACK
end

for _, id in ipairs(ids) do
  if (colour[id] or WHITE) == WHITE then visit(id) end
end

-- Coverage.
for _, f in ipairs(FIELDS) do
  local n = per_field[f] or 0
  if n < MIN_PER_FIELD then
    problem("field '%s' has %d skills (needs at least %d)", f, n, MIN_PER_FIELD)
  end
end
for side in pairs(SIDES) do
  if (per_side[side] or 0) == 0 then problem("side '%s' has no skills", side) end
end
for _, id in ipairs(REQUIRED_IDS) do
  if type(skills[id]) ~= "table" then problem("required skill '%s' is missing", id) end
end

finish(count)
