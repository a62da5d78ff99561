-- SkillQuest comparison benchmark: LÖVE 11 side. See bench/README.md.
function love.conf(t)
  t.identity = nil
  t.version = "11.4"
  t.console = false
  t.accelerometerjoystick = false
  t.gammacorrect = false

  t.window.title = "skillquest-bench (love)"
  t.window.width = 640
  t.window.height = 360
  t.window.resizable = false
  t.window.fullscreen = false
  t.window.vsync = 0          -- vsync OFF
  t.window.msaa = 0
  t.window.highdpi = false
  t.window.usedpiscale = false

  -- only what the scene needs
  t.modules.audio = false
  t.modules.sound = false
  t.modules.joystick = false
  t.modules.physics = false
  t.modules.touch = false
  t.modules.video = false
  t.modules.mouse = false
  t.modules.keyboard = false
  t.modules.thread = false
  t.modules.system = false
  t.modules.math = false
  t.modules.data = false
  -- kept: event, graphics, image, timer, window, font (graphics needs font)
end
