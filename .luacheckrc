-- .luacheckrc: luacheck's settings for SkillQuest's Lua: the shared scripts, the levels,
-- their tests and maps, and any level pack. The test command runs
--   luacheck scripts levels
-- from the repository root; installed, this file is <prefix>/share/skillquest/.luacheckrc,
-- and an author checks a pack with
--   luacheck --config /usr/share/skillquest/.luacheckrc ~/my-levels
-- (docs/levels.md, "Checking the Lua with luacheck").

-- Levels run in Lua 5.4 (a sandbox: the checker's stdlib is the whole library; what the
-- sandbox takes away fails when it runs, with its own message).
std = "lua54"

-- What the game gives every level and shared script: the API and the helpers.
read_globals = { "sq", "quest" }

-- Level tests: test("what", function(t) ... end).
files["**/*.test.lua"] = { read_globals = { "test", "t" } }

-- Callbacks and behaviours are called with arguments they need not use
-- (on_collect(skill), on_answer(quiz, correct), on_touch(self, other)).
unused_args = false

-- Levels and catalogues are prose (dialogue, quiz explanations, skill cards), and
-- Tiled's Lua exports hold long data lines: lines are as long as they need to be.
max_line_length = false

-- Editor annotations for lua-language-server: declarations, never run.
exclude_files = { "**/skillquest.d.lua", "**/skillquest_tests.d.lua" }
