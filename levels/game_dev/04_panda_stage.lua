-- levels/game_dev/04_panda_stage.lua: the Game Development quest, level 4,
-- and the fourth part of its own mechanic (lib/stage.lua): a Panda3D demo
-- whose robot should walk across the stage with its drone riding above,
-- at 60 fps. Its walk task stops after one frame, its drone is not in the
-- scene graph, and its frame takes 48 ms. The player learns Panda3D, the
-- scene graph and profiling, reads PStats before changing anything, and
-- fixes the three lines.
-- Play order: Yusuf (Panda3D orb, the ShowBase script, the walk task) ->
-- the scene graph orb, the scene notes -> Elena (profiling orb, the
-- profile output, the checklist) -> the PStats lever -> the three slots ->
-- exit.
-- Facts (ShowBase, taskMgr, reparentTo, PStats, cProfile): FACTS.md.

local function stage() return sq.module("stage") end
local function refresh() return sq.module("refresh") end

local asks = { Yusuf = { "gd_panda_3", "gd_scene_1" }, Elena = { "gd_prof_3" } }
local right = {}

return {
  format = 1,
  id = "game_dev.panda_stage",
  quest = "game_dev",
  title = "The Panda3D Stage",
  brief = "The studio's 3D demo stutters, its robot stops after one step and its drone has vanished. "
    .. "Find out why, measure first, then fix it. Talk to Yusuf first; {hint} gives a hint.",
  music = "game_dev_arcade",
  requires = { "python", "game_loop" },

  behaviours = {
    terminal = {
      sprite = "terminal", frames = 2, rate = 40, size = { 14, 12 }, offset = { -1, -4 }, solid = true,
      on_interact = function(self)
        if self.props.text then sq.say(self.props.speaker or "Sign", self.props.text) end
        sq.ask({ self.props.quiz, self.props.more })
      end,
    },
    token = {
      sprite = "token_card_blue", solid = true, size = { 12, 12 },
      on_spawn = function(self) sq.set_label(self.id, self.props.label, true) end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    code_slot = {
      sprite = "slot", solid = true,
      on_spawn = function(self) sq.set_label(self.id, self.props.label, true) end,
      on_place = function(self, token) return stage().place(self, token) end,
      on_take = function(self, token) stage().take(self, token) end,
    },
    lever = {
      sprite = "lever_0", solid = true,
      on_spawn = function(self) sq.set_label(self.id, "PStats", true) end,
      on_interact = function(self)
        sq.set_sprite(self.id, "lever_1")
        sq.say("PStats", stage().measure())
      end,
    },
    robot = {
      sprite = "robot_right", frames = 2, rate = 20,
      on_spawn = function(self) stage().robot_spawned(self) end,
    },
    drone = { sprite = "message_orb", frames = 4, rate = 6, size = { 8, 8 }, offset = { -4, -6 } },
    marker = { hidden = true },
  },

  map = {
    theme = "games",
    legend = {
      Y = { type = "mentor", name = "Yusuf", dialogue = "yusuf", look = "yusuf", facing = "down" },
      L = { type = "mentor", name = "Elena", dialogue = "elena", look = "elena", facing = "left" },
      V = { type = "review", name = "review desk" },
      t = { type = "code_slot", name = "walk task slot", part = "task", label = "walk task\nreturn" },
      p = { type = "code_slot", name = "drone parent slot", part = "parent", label = "drone\nparent" },
      w = { type = "code_slot", name = "frame work slot", part = "work", label = "model\nloading" },
      X = { type = "lever", name = "PStats lever" },
      r = { type = "robot", name = "robot" },
      a = { type = "token", name = "task.cont", part = "task", mode = "cont", label = "task.cont" },
      b = { type = "token", name = "task.done", part = "task", mode = "done", label = "task.done" },
      c = { type = "token", name = "parent robot", part = "parent", mode = "robot", label = "reparentTo\n(robot)",
            sprite = "token_card_green" },
      d = { type = "token", name = "parent render", part = "parent", mode = "render", label = "reparentTo\n(render)",
            sprite = "token_card_green" },
      e = { type = "token", name = "load once", part = "work", mode = "once", label = "load in\n__init__",
            sprite = "token_card_red" },
      f = { type = "token", name = "fewer lights", part = "work", mode = "lights", label = "fewer\nlights",
            sprite = "token_card_red" },
      S = { type = "terminal", name = "showbase script", speaker = "demo.py",
            text = "class Demo(ShowBase): the window, the camera, render and taskMgr, all set up by ShowBase.",
            quiz = "gd_panda_1" },
      K = { type = "terminal", name = "walk task code", speaker = "demo.py: walk",
            text = "The task that should move the robot every frame.",
            quiz = "gd_panda_2" },
      N = { type = "terminal", name = "scene notes", speaker = "Yusuf's notes",
            text = "render is the root of the 3D scene. A node is drawn only if it hangs under render; "
              .. "a child moves with its parent.",
            quiz = "gd_scene_2" },
      O = { type = "terminal", name = "profile output", speaker = "python -m cProfile",
            text = "Elena profiled 600 frames of the demo with cProfile.",
            quiz = "gd_prof_2" },
      C = { type = "terminal", name = "perf checklist", speaker = "Elena's checklist",
            text = "Before anyone optimises anything, in this order:",
            quiz = "gd_prof_1" },
      P = { type = "skill", name = "panda3d orb", skill = "panda3d" },
      Q = { type = "skill", name = "scene graph orb", skill = "scene_graph" },
      Z = { type = "skill", name = "profiling orb", skill = "game_profiling" },
      W = { type = "marker", name = "demo runs" },
      j = { type = "prop", sprite = "games_crt" },
      k = { type = "prop", sprite = "games_beanbag" },
      h = { type = "tall_prop", sprite = "games_arcade" },
    },
    rows = {
      "########################E#########",
      "#W...S.....K.....N.......O..C..h.#",
      "#................................#",
      "#..Y.............................#",
      "#.P..............................#",
      "#................................#",
      "#.......Q........,,,,,,,,,,,,,...#",
      "#................r,,,,,,,,,,,,...#",
      "#................................#",
      "#..t....p....w.....X..........L..#",
      "#................................#",
      "#.........................Z......#",
      "#.a.....b.....c..................#",
      "#................................#",
      "#..k.j...........................#",
      "#.@..d.....e.....f.............V.#",
      "##################################",
    },
  },

  dialogue = {
    yusuf = {
      { "Yusuf Demir, engine programmer", "Our 3D demo runs on Panda3D. A ShowBase app opens the window "
        .. "and runs the frame loop; taskMgr calls our functions once each frame." },
      "Everything in the 3D world is a node in one tree, the scene graph. render is the root: a model "
        .. "is drawn only once it hangs under render, and a child moves with its parent.",
      "The robot should walk, with its drone riding above it. Right now it takes one step and stops, "
        .. "and the drone is nowhere. Two questions first:",
    },
    elena = {
      { "Elena Petrova, performance engineer", "The demo also runs at 20 fps. Everyone has a theory: "
        .. "the lights, the shaders, Python itself." },
      "I have a rule: measure before you optimise. Pull the PStats lever first and read where the 48 ms go. "
        .. "Then change the one line that costs them. One question:",
    },
  },

  exercises = {
    gd_panda_1 = {
      kind = "fill", skill = "panda3d", language = "python",
      prompt = "Complete the demo so the robot is drawn and its walk runs every frame.",
      code = [==[
from direct.showbase.ShowBase import ShowBase

class Demo(ShowBase):
    def __init__(self):
        super().__init__()
        self.robot = self.loader.loadModel("robot.bam")
        self.robot.{1}(self.render)
        self.taskMgr.{2}(self.walk, "walk")

Demo().run()
]==],
      blanks = {
        { options = { "reparentTo", "setPos", "show" }, answer = 1,
          why = {
            "Hangs the model under render: now it is part of the drawn scene.",
            "setPos moves a node, but a node outside the scene graph is still not drawn.",
            "show() undoes hide(); it cannot put a node into the scene graph.",
          } },
        { options = { "add", "doMethodLater", "step" }, answer = 1,
          why = {
            "taskMgr.add runs the function every frame while it returns task.cont.",
            "doMethodLater waits first; it needs a delay as its first argument.",
            "step() runs one frame of every task; it registers nothing.",
          } },
      },
      explain = "ShowBase sets up render, the camera and taskMgr; run() starts the loop. Models go under render, per-frame work goes in a task.",
    },
    gd_panda_2 = {
      kind = "code", skill = "panda3d", language = "python",
      prompt = "The robot takes one step and then stands still for ever. Which line is wrong?",
      code = [==[
def walk(self, task):
    dt = globalClock.getDt()
    x = self.robot.getX() + 2.0 * dt
    self.robot.setX(x)
    return task.done
]==],
      answer = 5,
      why = {
        [2] = "globalClock.getDt() is the time the last frame took: right for frame-rate independence.",
        [3] = "2 units a second times dt: movement by time.",
        [5] = "task.done removes the task after this frame. Return task.cont to be called again.",
      },
      explain = "A task's return value says what happens next: task.cont runs it again next frame, task.done ends it, task.again re-runs a doMethodLater task after its delay.",
    },
    gd_panda_3 = {
      kind = "choice", skill = "panda3d", scenario = true,
      prompt = "A two-person team wants a 3D racing prototype, written in Python, in a month. Which do you pick?",
      choices = {
        { "Panda3D: a 3D engine with a Python API, a scene graph and models", right = true,
          why = "pip install panda3d gives rendering, models, audio and tasks out of the box." },
        { "pygame-ce: draw the 3D track yourself, polygon by polygon",
          why = "pygame is a 2D library: you would be writing a 3D renderer, not a game." },
        { "Raw OpenGL calls from Python",
          why = "Possible, but a month of shaders and buffers before the first car moves." },
      },
      explain = "Pick the level of tool for the job: pygame for 2D with your own loop, an engine such as Panda3D when you need a 3D scene.",
    },
    gd_scene_1 = {
      kind = "choice", skill = "scene_graph", scenario = true,
      prompt = "The drone must hover 2 units above the robot wherever the robot walks. How do you set it up?",
      choices = {
        { "drone.reparentTo(robot); drone.setPos(0, 0, 2)", right = true,
          why = "Its position is now relative to the robot: it moves with it for free." },
        { "drone.reparentTo(render), and copy the robot's position into it every frame",
          why = "Works, but it is a task that does by hand what the scene graph does for you." },
        { "robot.reparentTo(drone)",
          why = "Upside down: moving the drone would now drag the robot along." },
      },
      explain = "A child's transform is relative to its parent. Attach things that move together (a hat, a weapon, a camera) to the node they move with.",
    },
    gd_scene_2 = {
      kind = "sort", skill = "scene_graph",
      prompt = "A ShowBase app has these nodes. Which are drawn?",
      bins = { "Drawn", "Not drawn" },
      items = {
        { "A model reparented to render", bin = 1, why = "Under the root of the 3D scene." },
        { "A hat reparented to that model", bin = 1, why = "Under render through its parent." },
        { "A model loaded but never reparented", bin = 2, why = "Not in the scene graph at all." },
        { "A model after detachNode()", bin = 2, why = "Removed from the tree, kept in memory." },
        { "A model under render after hide()", bin = 2, why = "In the tree, but hidden: show() brings it back." },
      },
      explain = "Only nodes under render, and not hidden, are drawn. detachNode() takes a node out of the scene; reparentTo(render) puts it back.",
    },
    gd_prof_1 = {
      kind = "order", skill = "game_profiling",
      prompt = "A level drops to 20 fps. Put the steps of fixing it in order.",
      items = {
        { "Reproduce the slow frame and note its time", why = "A number to compare against." },
        { "Profile it: cProfile or PStats", why = "Find where the time goes, not where you guess." },
        { "Pick the biggest cost the profile shows", why = "Fixing a 1 ms function cannot save 30 ms." },
        { "Change that one thing", why = "One change at a time, so you know what helped." },
        { "Measure again, the same way", why = "Proves the fix, and catches a fix that did nothing." },
      },
      explain = "Measure, find, change one thing, measure again. Optimising by guess wastes days on code that was never slow.",
    },
    gd_prof_2 = {
      kind = "fill", skill = "game_profiling", language = "shell",
      prompt = "Profile the demo and list the functions that take the most time, including what they call, first.",
      code = [==[
python -m {1} -s {2} demo.py
]==],
      blanks = {
        { options = { "cProfile", "timeit", "pdb" }, answer = 1,
          why = {
            "cProfile times every function call and prints a table at exit.",
            "timeit times one small snippet, not a whole program.",
            "pdb is the debugger: it steps through code, it does not time it.",
          } },
        { options = { "cumtime", "ncalls", "name" }, answer = 1,
          why = {
            "cumtime: time in the function and everything it calls.",
            "ncalls sorts by how often, and a cheap function called often looks worst.",
            "name sorts alphabetically: no help finding the slow part.",
          } },
      },
      explain = "cumtime shows which call tree is expensive (here the walk task, through loadModel); tottime shows time spent inside a function itself. Python 3.15 also names it profiling.tracing.",
    },
    gd_prof_3 = {
      kind = "choice", skill = "game_profiling", scenario = true,
      prompt = "A teammate wants to rewrite the collision code in C because the demo is slow. What do you say first?",
      choices = {
        { "Let's profile a slow frame before we rewrite anything", right = true,
          why = "If collision takes 1 ms of 48, a C rewrite saves almost nothing." },
        { "Yes: C is always faster than Python",
          why = "Faster code for the wrong function still leaves the frame slow." },
        { "No: turn off collision until we ship",
          why = "Removes a feature on a guess, and may not even be the cost." },
      },
      explain = "Measure before optimising. The profile decides what to fix; here it was a model loaded from disk in every frame.",
    },
  },

  hints = {
    "Yusuf stands near the start: walk next to him and press {confirm}.",
    "Take the Panda3D orb, then answer Yusuf or the ShowBase script on the north wall.",
    "Elena, on the east side, wants you to pull the PStats lever before you change anything.",
    "Three slots: the walk task's return, the drone's parent, where the robot model is loaded.",
  },

  goals = {
    { talk = "Yusuf", text = "Talk to Yusuf",
      hint = "Yusuf stands above where you start: press {confirm} next to him." },
    { collect = "panda3d", text = "Hold Panda3D",
      hint = "The Panda3D orb, then Yusuf or the ShowBase script {where:showbase script}." },
    { collect = "scene_graph", text = "Hold scene graphs",
      hint = "The scene graph orb, then the scene notes {where:scene notes}." },
    { collect = "game_profiling", text = "Hold profiling",
      hint = "The profiling orb, then Elena, the profile output or the checklist." },
    { reach = "demo runs", text = "Measure, then fix the demo",
      hint = "Pull PStats first. Then task.cont, the drone under the robot, the model loaded once." },
  },

  grants = { xp = 60 },

  on_start = function()
    stage().stage(17, 7, 13)
    stage().panel()
  end,

  on_update = function(dt) stage().update(dt) end,

  on_collect = function() sq.xp(10) end,

  on_interact = function(e)
    if e.name == "Yusuf" and refresh().start({ { "python", "gd_warm_python" }, { "game_loop", "gd_loop_3" } }) then
      return
    end
    local list = {}
    for _, id in ipairs(asks[e.name] or {}) do
      if not right[id] then list[#list + 1] = id end
    end
    if #list > 0 then sq.ask(list) end
  end,

  on_answer = function(id, correct)
    refresh().answered()
    if correct then
      right[id] = true
      sq.xp(10)
    end
  end,
}
