-- levels/game_dev/01_arcade.lua: the Game Development quest, level 1, and
-- the first part of its own mechanic (lib/cabinet.lua): the arcade's COMET
-- cabinet moves its ball by frames, not by time, so it runs twice as fast
-- on a 144 Hz screen as the designer meant. The player learns the game
-- loop, frame-rate independence and pygame(-ce), places the right update
-- line on the cabinet, flips its frame rate and watches the ball keep its
-- speed.
-- Play order: Kenji (loop orb, the loop notes) -> the delta-time orb, the
-- clock script, the update code -> the cabinet: code tokens, the lever ->
-- Ines (fixed timestep) -> the pygame orb, the docs -> exit.
-- Facts (pygame-ce Clock.tick, the fork, event loop): FACTS.md.

local function cabinet() return sq.module("cabinet") end
local function refresh() return sq.module("refresh") end

local asks = { Kenji = { "gd_loop_2" }, Ines = { "gd_dt_3" } }
local right = {}

return {
  format = 1,
  id = "game_dev.arcade",
  quest = "game_dev",
  title = "The Broken Cabinet",
  brief = "Pixel Pier's arcade is opening, and the COMET cabinet runs too fast on new screens. "
    .. "Learn how a game loop keeps time, then fix it. Talk to Kenji first; {hint} gives a hint.",
  music = "game_dev_arcade",
  requires = { "python" },

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
    cabinet = {
      sprite = "slot", solid = true,
      on_spawn = function(self) sq.set_label(self.id, "COMET", true) end,
      on_place = function(self, token) return cabinet().place(self, token) end,
      on_take = function(self, token) cabinet().take(self, token) end,
    },
    lever = {
      sprite = "lever_0", solid = true,
      on_spawn = function(self) cabinet().lever_spawned(self) end,
      on_interact = function(self)
        local fps = cabinet().flip()
        if not cabinet().fixed() then
          sq.say("COMET", "The cabinet now runs at " .. fps .. " fps. Ball: "
            .. math.floor(cabinet().speed() + 0.5) .. " px/s.")
        end
      end,
    },
    ball = {
      sprite = "message_orb", frames = 4, rate = 6, size = { 8, 8 }, offset = { -4, -6 }, sensor = true,
      on_spawn = function(self) cabinet().ball_spawned(self) end,
      on_touch = function(self, other) cabinet().touch(other) end,
    },
    marker = { hidden = true },
  },

  map = {
    theme = "games",
    legend = {
      K = { type = "mentor", name = "Kenji", dialogue = "kenji", look = "kenji", facing = "down" },
      I = { type = "mentor", name = "Ines", dialogue = "ines", look = "ines", facing = "left" },
      V = { type = "review", name = "review desk" },
      C = { type = "cabinet", name = "COMET cabinet" },
      L = { type = "lever", name = "frame-rate lever" },
      o = { type = "ball", name = "ball" },
      a = { type = "token", name = "per-frame line", mode = "frames", label = "x += 4" },
      b = { type = "token", name = "dt line", mode = "dt", label = "x += SPEED\n* dt" },
      c = { type = "token", name = "ms line", mode = "ms", label = "x += SPEED\n* ms" },
      T = { type = "terminal", name = "loop notes", speaker = "Kenji's notes",
            text = "One frame of a game: read what the player did, move the world on, draw it, show it. "
              .. "Then again, 60 times a second or more.",
            quiz = "gd_loop_1" },
      S = { type = "terminal", name = "clock script", speaker = "comet.py",
            text = "clock = pygame.time.Clock() ... dt = clock.tick(60) ... Clock.tick returns the "
              .. "milliseconds since the last call.",
            quiz = "gd_dt_1" },
      U = { type = "terminal", name = "update code", speaker = "comet.py: Ball.update",
            text = "The ball's update method, as the cabinet shipped it.",
            quiz = "gd_dt_2" },
      D = { type = "terminal", name = "pygame docs", speaker = "pyga.me docs",
            text = "pygame-ce: the community edition of pygame. pip install pygame-ce, then import pygame.",
            quiz = "gd_pygame_2" },
      Q = { type = "skill", name = "loop orb", skill = "game_loop" },
      R = { type = "skill", name = "delta time orb", skill = "delta_time" },
      Z = { type = "skill", name = "pygame orb", skill = "pygame" },
      W = { type = "marker", name = "cabinet fixed" },
      g = { type = "tall_prop", sprite = "games_arcade" },
      h = { type = "tall_prop", sprite = "games_claw" },
      j = { type = "prop", sprite = "games_crt" },
      k = { type = "prop", sprite = "games_beanbag" },
    },
    rows = {
      "####################E#############",
      "#W..g.g.g...T.....S.....U......h.#",
      "#................................#",
      "#...............,,,,,,,,,,,,,,...#",
      "#..K............,,,,,,,,,,,,,,...#",
      "#...............,,,,,,,,,,,,,,...#",
      "#.Q.............,,,,,,o,,,,,,,...#",
      "#...............,,,,,,,,,,,,,,...#",
      "#......R........,,,,,,,,,,,,,,...#",
      "#.....C....L....,,,,,,,,,,,,,,..I#",
      "#................................#",
      "#................................#",
      "#................................#",
      "#...@...a......b......c......Z...#",
      "#V.k.j.........................D.#",
      "##################################",
    },
  },

  dialogue = {
    kenji = {
      { "Kenji Watanabe, gameplay programmer", "Welcome to Pixel Pier! The arcade opens Friday, and "
        .. "COMET, our home-made cabinet, has gone wrong on its new 144 Hz screen." },
      "Every game is one loop: handle input, update the world, draw the frame, show it, and wait "
        .. "for the next. COMET's loop is written in Python with pygame-ce.",
      "Its ball moves 4 pixels every frame. On the old 60 Hz screen that was 240 px/s. Count what "
        .. "it does at 144 frames a second, and you see the bug.",
      "The loop orb is by the wall, my notes are up north. First, though, one from my last job:",
    },
    ines = {
      { "Ines Carvalho, physics programmer", "Scaling by dt fixes speed. For physics I go one step "
        .. "further: a fixed timestep. Collisions behave the same on every machine that way." },
      "Add each frame's dt to an accumulator, and step the physics by 1/120 s while the "
        .. "accumulator holds enough. Draw once per frame. Tell me what you would do here:",
    },
  },

  exercises = {
    gd_loop_1 = {
      kind = "order", skill = "game_loop",
      prompt = "Put one frame of a pygame game loop in order.",
      items = {
        { "for event in pygame.event.get(): ...", why = "Input first: what the player did since the last frame." },
        { "player.update(dt)", why = "Move the world on, using that input and the time passed." },
        { "screen.fill(BG); all_sprites.draw(screen)", why = "Draw the new state onto the back buffer." },
        { "pygame.display.flip()", why = "Show the finished frame all at once." },
      },
      explain = "Input, update, draw, present: a frame drawn before the update shows the world one frame late, and one shown before it is drawn flickers.",
    },
    gd_loop_2 = {
      kind = "choice", skill = "game_loop", scenario = true,
      prompt = "A puzzle game shows the same board until the player clicks. How do you write its loop?",
      choices = {
        { "A loop that handles events every frame and calls clock.tick(30)", right = true,
          why = "The window stays responsive, and the tick caps the CPU and battery it uses." },
        { "No loop: draw once, then block on input()",
          why = "A window that never handles its events is marked not responding by the OS." },
        { "A loop with no tick, as fast as the CPU allows",
          why = "It redraws the same board thousands of times a second and burns a whole core." },
      },
      explain = "Even a still game keeps its loop: events must be handled every frame. Capping the frame rate saves power when nothing moves.",
    },
    gd_dt_1 = {
      kind = "fill", skill = "delta_time", language = "python",
      prompt = "Make the ball move 240 pixels a second whatever the frame rate.",
      code = [==[
SPEED = 240  # pixels per second
clock = pygame.time.Clock()
while running:
    dt = clock.tick(60) {1}
    ball.x {2} SPEED * dt
]==],
      blanks = {
        { options = { "/ 1000", "* 1000", "/ 60" }, answer = 1,
          why = {
            "tick returns milliseconds; / 1000 turns them into seconds.",
            "That gives microseconds: the ball would be a million times too fast.",
            "The 60 is only a cap; the real frame time varies, and it is in ms.",
          } },
        { options = { "+=", "=" }, answer = 1,
          why = {
            "The ball moves on by speed times time, each frame.",
            "That sets the position to a tiny number each frame: the ball stays by the edge.",
          } },
      },
      explain = "Clock.tick(60) waits so the loop runs at most 60 times a second and returns the milliseconds since the last call: dt in seconds is that / 1000.",
    },
    gd_dt_2 = {
      kind = "code", skill = "delta_time", language = "python",
      prompt = "COMET runs at 240 px/s on a 60 Hz screen and 576 px/s on a 144 Hz one. Which line is to blame?",
      code = [==[
class Ball(pygame.sprite.Sprite):
    def update(self, dt):
        self.spin += 90 * dt
        self.rect.x += 4
        self.trail.append(self.rect.center)
]==],
      answer = 4,
      why = {
        [3] = "Degrees per second times seconds: this one keeps time.",
        [4] = "4 pixels a frame: 4 x 144 = 576 px/s. Use self.pos.x += SPEED * dt.",
        [5] = "Remembering where the ball was changes no speed.",
      },
      explain = "Anything that moves per frame runs faster on a faster screen. Multiply by dt, and keep the position in a float (pygame.Vector2) since a Rect holds whole pixels.",
    },
    gd_dt_3 = {
      kind = "choice", skill = "delta_time", scenario = true,
      prompt = "Your platformer's jump is higher at 30 fps than at 144 fps, and on a hitch the player falls through a floor. What would you do?",
      choices = {
        { "Step physics at a fixed 1/120 s from an accumulator; draw once a frame", right = true,
          why = "Every machine runs the same steps, so jumps match and no step is too long." },
        { "Multiply gravity by dt in the same variable step",
          why = "Better, but a 200 ms hitch is still one huge step: the player passes the floor." },
        { "Lock the game at 30 fps for everyone",
          why = "It hides the bug until a frame is late, and it wastes every faster screen." },
      },
      explain = "A fixed timestep makes physics deterministic: the same inputs give the same jump. Cap the steps per frame so a long hitch cannot spiral.",
    },
    gd_pygame_1 = {
      kind = "choice", skill = "pygame", scenario = true,
      prompt = "You start a new 2D Python game in 2026. Which pygame do you install, and how do you import it?",
      choices = {
        { "pip install pygame-ce, then import pygame", right = true,
          why = "The community edition is the actively released fork, and keeps the pygame name." },
        { "pip install pygame-ce, then import pygame_ce",
          why = "There is no pygame_ce module: the fork still installs the pygame package." },
        { "Install both pygame and pygame-ce to be safe",
          why = "Both install the same pygame package and overwrite each other: keep one." },
      },
      explain = "pygame-ce was forked by pygame's former core developers and releases more often; code written for pygame 2 runs on it unchanged.",
    },
    gd_pygame_2 = {
      kind = "fill", skill = "pygame", language = "python",
      prompt = "Complete COMET's event handling so the window closes when the player closes it.",
      code = [==[
import pygame
pygame.init()
screen = pygame.display.set_mode((640, 480))
running = True
while running:
    for event in pygame.event.{1}():
        if event.type == pygame.{2}:
            running = False
    pygame.display.flip()
pygame.quit()
]==],
      blanks = {
        { options = { "get", "peek", "wait" }, answer = 1,
          why = {
            "get() takes every waiting event off the queue, once a frame.",
            "peek() only says whether events wait; it leaves them in the queue.",
            "wait() blocks until an event comes: the game would freeze between clicks.",
          } },
        { options = { "QUIT", "KEYDOWN", "MOUSEBUTTONDOWN" }, answer = 1,
          why = {
            "QUIT is sent when the window's close button is pressed.",
            "A key press is not a request to close the window.",
            "A click is not a request to close the window.",
          } },
      },
      explain = "Drain the queue with pygame.event.get() every frame and stop on QUIT; otherwise the close button does nothing and the OS marks the window not responding.",
    },
  },

  hints = {
    "Kenji stands by the start: walk next to him and press {confirm}.",
    "Take the loop orb and answer Kenji or the loop notes on the north wall.",
    "Carry a code token to the COMET slot, then pull the frame-rate lever: does the speed change?",
    "Ines, on the east side, knows about physics; the pygame orb and docs are south-east.",
  },

  goals = {
    { talk = "Kenji", text = "Talk to Kenji",
      hint = "Kenji stands just above where you start: press {confirm} next to him." },
    { collect = "game_loop", text = "Hold the game loop",
      hint = "The loop orb is west; then answer Kenji or the loop notes {where:loop notes}." },
    { collect = "delta_time", text = "Hold frame-rate independence",
      hint = "The delta time orb, then the clock script or the update code on the north wall." },
    { reach = "cabinet fixed", text = "Fix COMET: same speed at any fps",
      hint = "Put the dt line on the COMET slot, then flip the frame-rate lever." },
    { collect = "pygame", text = "Hold pygame",
      hint = "The pygame orb is {where:pygame orb}; the docs terminal asks about it." },
  },

  grants = { xp = 60 },

  on_start = function()
    cabinet().court(16, 3, 14, 7)
    cabinet().panel()
  end,

  on_update = function(dt) cabinet().update(dt) end,

  on_collect = function() sq.xp(10) end,

  on_interact = function(e)
    if e.name == "Kenji" and refresh().start({ { "python", "gd_warm_python" } }) then return end
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
