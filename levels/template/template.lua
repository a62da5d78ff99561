-- levels/template/template.lua: a small, complete level to copy and change.
-- One room with a mentor, a skill orb, a gate, a terminal quiz and an exit.
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
  brief = "Talk to Ada, learn JSON from the orb, get through the gate and answer the "
    .. "terminal. Walk with {move}, press {confirm} to talk, {hint} for a hint.",

  map = {
    -- One string per row, every row as wide as the first. The default
    -- characters: # wall, . floor, , carpet, space void, D desk, P plant,
    -- B bookshelf, R server rack, @ start, E exit (E sits in a wall).
    -- Characters of your own are defined here; they place objects on floor:
    legend = {
      M = { type = "mentor", name = "Ada", dialogue = "intro" },
      J = { type = "skill", name = "json orb", skill = "json" },
      G = { type = "gate", requires = "json" },
      T = { type = "terminal", name = "terminal", quiz = "json_syntax" },
    },
    rows = {
      "###########E####",
      "#BB..P..#......#",
      "#.......#...T..#",
      "#..M....G......#",
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
      "The orb in the corner below teaches you JSON. The gate to the east opens for anyone who knows "
        .. "it, and the terminal behind it asks one question.",
    },
  },

  -- Multiple choice: answer is the number of the right choice, from 1. The
  -- explanation is shown after any answer, right or wrong.
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
  },

  -- Revealed one at a time when the player asks for a hint ({hint} in text).
  hints = {
    "Ada stands just above where you start: walk next to her and press {confirm}.",
    "The gate opens by itself when you come close holding JSON.",
  },

  -- The exit opens once every goal is done. Each names one thing to do.
  goals = {
    { talk = "Ada", text = "Talk to Ada" },
    { collect = "json", text = "Learn JSON" },
    { answer = "json_syntax", text = "Answer the terminal" },
  },

  -- Given when the player walks into the exit with every goal done.
  grants = { xp = 30 },

  -- Callbacks: the game calls these when things happen.
  on_answer = function(quiz, correct)
    if correct then sq.xp(10) end
  end,
}

return level
