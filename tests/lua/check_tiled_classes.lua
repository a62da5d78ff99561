-- check_tiled_classes.lua SOURCE_DIR: the classes authors get in Tiled
-- (tools/tiled/classes.lua) against the behaviours they stand for
-- (scripts/behaviours.lua): every behaviour has a class, every member is a prop the
-- behaviour reads, and every default is what the behaviour does when the map leaves
-- the member out (Tiled does not save a member still at its default). The defaults
-- are checked by running the behaviours' own functions against a stand-in `sq`.
local root = arg[1] or "."
local failures = 0
local function fail(fmt, ...)
  failures = failures + 1
  io.stderr:write("FAIL ", string.format(fmt, ...), "\n")
end

local classes = dofile(root .. "/tools/tiled/classes.lua")
local by_name = {}
for _, c in ipairs(classes) do
  by_name[c.name] = {}
  for _, m in ipairs(c.members) do by_name[c.name][m.name] = m end
end

-- The behaviours, with a stand-in sq that records what they ask of it.
local said, calls = nil, {}
sq = setmetatable({
  say = function(speaker, text) said = { speaker, text } end,
  review = function(count) calls.review = count; return 0 end,
  set_velocity = function(_, vx, vy) calls.velocity = { vx, vy } end,
  goal = function() end,
  dialogue = function(id) calls.dialogue = id end,
  ask = function(id) calls.ask = id end,
  entity = function(id) return { id = id, x = 0, y = 0 } end,
  player = function() return { id = 1, x = 0, y = 1 } end,
  set_sprite = function(_, sprite) calls.sprite = sprite end,
}, { __index = function(_, k) return function() error("sq." .. k .. " not stubbed") end end })
quest = {}
local B = dofile(root .. "/scripts/behaviours.lua")
local source = assert(io.open(root .. "/scripts/behaviours.lua")):read("a")

for name in pairs(B) do
  if not by_name[name] then fail("behaviour '%s' has no class in tools/tiled/classes.lua", name) end
end
for _, c in ipairs(classes) do
  if c.name ~= "start" and not B[c.name] then fail("class '%s' is no behaviour", c.name) end
  for _, m in ipairs(c.members) do
    -- The engine itself reads an object's picture (sprite, frames, rate).
    local engine = m.name == "sprite" or m.name == "frames" or m.name == "rate"
    if not engine and not source:find("props%." .. m.name .. "[^%w_]") then
      fail("class '%s': member '%s' is not a prop scripts/behaviours.lua reads", c.name, m.name)
    end
  end
end

local function default(class, member) return by_name[class][member].value end
local function expect(what, got, want)
  if got ~= want then fail("%s: the behaviour gives %s, the class says %s", what, tostring(got), tostring(want)) end
end

for _, person in ipairs({ "npc", "mentor" }) do
  said = nil
  B[person].on_interact({ props = {}, name = "Ada" })
  expect(person .. ".text", said and said[2], default(person, "text"))
end
said = nil
B.sign.on_interact({ props = {} })
expect("sign.speaker", said and said[1], default("sign", "speaker"))
expect("sign.text", said and said[2], default("sign", "text"))
said, calls = nil, {}
B.review.on_interact({ props = {} })
expect("review.count", calls.review, default("review", "count"))
expect("review.speaker", said and said[1], default("review", "speaker"))
calls = {}
B.bug.on_spawn({ id = 1, props = {} })
local v = calls.velocity or {}
expect("bug.speed", v[1], default("bug", "speed"))
expect("bug.dir (h: moves along x)", v[2], default("bug", "dir") == "h" and 0 or nil)
calls = {}
B.bug.on_spawn({ id = 1, props = { dir = "v" } })
expect("bug.dir = v moves along y", (calls.velocity or {})[1], 0)

if failures > 0 then
  io.stderr:write(failures, " problems\n")
  os.exit(1)
end
print(#classes .. " classes match scripts/behaviours.lua")
