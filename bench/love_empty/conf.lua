-- The LÖVE side of the game's start-up and memory figures: an empty 1280x720
-- window (the game's default size), with the modules a game would keep. See
-- bench/README.md ("The real game beside an empty LÖVE window").
function love.conf(t)
  t.identity = nil
  t.version = "11.4"
  t.console = false
  t.window.title = "empty (love)"
  t.window.width = 1280
  t.window.height = 720
  t.window.resizable = false
  t.window.vsync = 0
  t.window.msaa = 0
  t.window.highdpi = false
  -- a game's modules: sound and keyboard stay, as SkillQuest has them
  t.modules.physics = false
  t.modules.video = false
  t.modules.touch = false
end
