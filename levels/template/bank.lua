-- levels/template/bank.lua: a quest's bank, the review-only exercises of its skills.
-- In your pack it is levels/QUEST/bank.lua, next to the quest's levels. The review
-- desks draw on it, a terminal asks from it in place of a missed exercise, code can
-- ask it with sq.ask, and `skillquest --check` counts it: every skill a quest teaches
-- needs at least 3 exercises, of at least 2 kinds, across the quest's levels and bank,
-- so that reviews on later days can ask something new. template.lua teaches JSON with a
-- choice and a code exercise; these two make four, of four kinds.
-- (The game never plays levels/template/, so only --check reads this file.)
-- The guide: docs/levels.md, "Exercises: the player performs the skill".
return {
  format = 1,          -- the level API version, as in a level
  quest = "template",  -- the quest whose folder holds the bank: levels/QUEST/bank.lua
  exercises = {
    -- Ids are unique across every level and bank: prefix them with their topic.
    -- A bank's exercise always names its skill: it is asked in review of that skill.
    json_value_types = {
      kind = "sort", skill = "json",
      prompt = "A JSON parser reads these values. What type does each one become?",
      bins = { "String", "Number", "Literal" },  -- 2 to 4 short bin names
      items = {                                   -- 2 to 8, each with its bin and why
        { "\"42\"", bin = 1, why = "In double quotes: the text 4 and 2, not a number." },
        { "42", bin = 2, why = "Digits without quotes: a number." },
        { "3.5e2", bin = 2, why = "A number with an exponent: 350." },
        { "true", bin = 3, why = "One of JSON's three literals, written in lower case." },
        { "null", bin = 3, why = "The literal for no value." },
        { "\"false\"", bin = 1, why = "Quotes make it a string, however it reads." },
      },
      explain = "Quotes make a string, bare digits a number, and true, false and null are "
        .. "literals. A value in quotes is never a number or a boolean.",
    },
    json_python_literals = {
      kind = "fill", skill = "json", language = "json",
      scenario = true,     -- a concrete situation: a Python habit that breaks JSON
      prompt = "You are writing a user record by hand for a test fixture. Fill in the "
        .. "values so that any JSON parser accepts it.",
      code = [[
{
  "name": "Ada",
  "admin": {1},
  "manager": {2}
}]],
      blanks = {           -- {1}, {2} mark the blanks; each option explains itself
        { options = { "true", "True", "'true'" }, answer = 1,
          why = { "JSON's boolean literals are lower case: true and false.",
                  "True is Python's spelling; a JSON parser rejects it.",
                  "JSON strings take double quotes only, and this would be a string." } },
        { options = { "null", "None", "nil" }, answer = 1,
          why = { "null is JSON's literal for no value.",
                  "None is Python's; json.dumps writes it as null.",
                  "nil is Lua's and Ruby's; JSON does not know it." } },
      },
      explain = "JSON has its own literals, true, false and null, always lower case. "
        .. "Python's True and None only look similar: json.dumps turns them into JSON's.",
    },
  },
}
