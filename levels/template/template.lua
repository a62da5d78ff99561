-- levels/template/template.lua: a small, complete level to copy and change.
-- Two rooms with a mentor, a skill orb, a practice terminal, a gate, a second
-- terminal with a code exercise, and an exit. It follows the loop every level
-- follows: the orb *teaches* JSON (the player is learning it), the practice
-- terminal has them *use* it, and one right answer makes them *hold* it; the
-- gate opens only for players who hold it. bank.lua beside this file adds
-- review-only JSON exercises, so the skill has enough for spaced review.
-- The guide that explains every part: docs/levels.md. Check your copy with
--   skillquest --check FILE
-- and play it with `skillquest --level FILE` (save the file or press F5 to reload).

-- The line below lets an editor with the SkillQuest annotations complete and
-- check every key (docs/levels.md, "Editor setup"). The game ignores it.
---@type sq.Level
local level = {
  format = 1,                  -- the level API version this file is written for
  id = "template.json_basics", -- unique: "quest.name"
  quest = "web",               -- the quest (curriculum field) it belongs to
  title = "JSON Basics",       -- shown on the opening page and above the goals
  brief = "Talk to Ada, learn JSON from the orb, use it at the terminal, then get through "
    .. "the gate. Walk with {move}, press {confirm} to talk, {hint} for a hint.",

  map = {
    -- One string per row, every row as wide as the first. The default
    -- characters: # wall, . floor, , carpet, space void, D desk, P plant,
    -- B bookshelf, R server rack, @ start, E exit (E sits in a wall).
    -- Characters of your own are defined here; they place objects on floor:
    legend = {
      M = { type = "mentor", name = "Ada", dialogue = "intro" },
      J = { type = "skill", name = "json orb", skill = "json" },
      T = { type = "terminal", name = "practice terminal", quiz = "json_syntax" },
      G = { type = "gate", requires = "json" },
      C = { type = "terminal", name = "config terminal", quiz = "json_bad_line" },
    },
    rows = {
      "###########E####",
      "#BB..P..#......#",
      "#.......#...C..#",
      "#..M..T.G......#",
      "#.@.....#......#",
      "#J......#..DD..#",
      "################",
    },
  },

  -- Conversations by id. A plain string is one page said by the previous
  -- speaker; { "Speaker", "text" } names who speaks. A page holds 3 lines.
  dialogue = {
    intro = {
      { "Ada, senior engineer", "Hi, I'm Ada. Web APIs send most of their data as JSON: plain "
        .. "text made of objects, arrays, strings, numbers, true, false and null." },
      "The orb in the corner below teaches you JSON. Then use it at the practice terminal: one "
        .. "right answer and you hold it, and the gate to the east opens for you.",
    },
  },

  -- What the player does with a skill. Every choice says why it is right or
  -- wrong; `explain` is shown after any answer. Kinds: choice, order, sort,
  -- code, fill (docs/levels.md, "Exercises"). The game shuffles the choices,
  -- so never refer to their positions. Ids are unique across the quest's
  -- levels and bank: review finds exercises by id.
  exercises = {
    json_syntax = {
      kind = "choice", skill = "json",
      prompt = "Which of these is valid JSON?",
      choices = {
        { "{'name': 'Ada'}", why = "Single quotes work in Python and JavaScript, not in JSON." },
        { "{\"name\": \"Ada\"}", right = true, why = "Key and string in double quotes: valid JSON." },
        { "{name: \"Ada\"}", why = "A bare key is JavaScript, not JSON." },
        { "{\"name\": \"Ada\",}", why = "JSON allows no comma after the last member." },
      },
      explain = "JSON puts every key and every string in double quotes and allows no trailing comma.",
    },
    -- A code exercise: the player picks the line that holds the mistake.
    json_bad_line = {
      kind = "code", skill = "json", language = "json",
      prompt = "The service will not start: its config is not valid JSON. Which line is wrong?",
      code = [[
{
  "port": 8080,
  "debug": false,
  "hosts": ["api.example.com", "admin.example.com",],
  "timeout_seconds": 30
}]],
      answer = 4,
      why = {
        [2] = "A key in double quotes and a number: valid.",
        [3] = "false is one of JSON's literals, written in lower case: valid.",
        [4] = "A comma after the last item of the array: JSON does not allow it.",
        [5] = "The last member of the object, with no comma after it: valid.",
      },
      explain = "JSON allows no trailing commas, in arrays or objects. Many parsers stop at the "
        .. "first one, so one stray comma keeps a whole service from starting.",
    },
  },

  -- Revealed one at a time when the player asks for a hint ({hint} in text).
  hints = {
    "Ada stands just above where you start: walk next to her and press {confirm}.",
    "After the orb, answer the practice terminal right: then you hold JSON.",
    "The gate opens by itself when you come close holding JSON.",
  },

  -- The exit opens once every goal is done. Each names one thing to do. A
  -- collect goal is met when the skill is held (taught and used); `hint` is
  -- what the hint key says while that goal is in hand.
  goals = {
    { talk = "Ada", text = "Talk to Ada" },
    { collect = "json", text = "Hold JSON: take the orb, then answer the practice terminal" },
    { answer = "json_bad_line", text = "Find the bad line at the config terminal",
      hint = "The config terminal is {where:config terminal}, past the gate." },
  },

  -- Given when the player walks into the exit with every goal done.
  grants = { xp = 30 },

  -- Callbacks: the game calls these when things happen. on_answer runs when
  -- the player closes an exercise's feedback (reviews do not call it).
  on_answer = function(id, correct)
    if correct then sq.xp(10) end
  end,
}

return level
