-- levels/game_dev/02_bricks.lua: the Game Development quest, level 2, and
-- the second part of its own mechanic (lib/bricks.lua): the BRICKS cabinet
-- loads its wall from a tile map and tests the ball against each brick.
-- Both lines are wrong when the player arrives; the player learns sprites,
-- collision and tile maps, places the right loader line and hit test, and
-- watches the wall break.
-- Play order: Tobi (sprites orb, the sprite class) -> the tile-map orb, the
-- loader script -> Rafael (collision orb, the brick code, the notes) -> the
-- cabinet: two slots, six tokens -> exit.
-- Facts (pygame-ce Sprite, Rect.colliderect, spritecollide, Tiled): FACTS.md.

local function bricks() return sq.module("bricks") end
local function refresh() return sq.module("refresh") end

local asks = { Tobi = { "gd_sprite_2", "gd_tile_2" }, Rafael = { "gd_coll_3" } }
local right = {}

return {
  format = 1,
  id = "game_dev.bricks",
  quest = "game_dev",
  title = "The BRICKS Cabinet",
  brief = "BRICKS, the arcade's brick breaker, draws its wall in the wrong place and its ball "
    .. "flies through the bricks. Talk to Tobi first; {hint} gives a hint.",
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
      on_place = function(self, token) return bricks().place(self, token) end,
      on_take = function(self, token) bricks().take(self, token) end,
    },
    ball = {
      sprite = "message_orb", frames = 4, rate = 6, size = { 8, 8 }, offset = { -4, -6 },
      on_spawn = function(self) bricks().ball_spawned(self) end,
    },
    brick = { sprite = "token_crate_red", size = { 16, 16 } },
    marker = { hidden = true },
  },

  map = {
    theme = "games",
    legend = {
      M = { type = "mentor", name = "Tobi", dialogue = "tobi", look = "tobi", facing = "down" },
      F = { type = "mentor", name = "Rafael", dialogue = "rafael", look = "rafael", facing = "down" },
      V = { type = "review", name = "review desk" },
      L = { type = "code_slot", name = "map loader", part = "map", label = "tile map\nloader" },
      H = { type = "code_slot", name = "hit test", part = "hit", label = "hit test" },
      o = { type = "ball", name = "ball" },
      a = { type = "token", name = "grid line", part = "map", mode = "grid", label = "(col*TILE,\nrow*TILE)" },
      b = { type = "token", name = "swapped line", part = "map", mode = "swapped", label = "(row*TILE,\ncol*TILE)" },
      c = { type = "token", name = "pixel line", part = "map", mode = "pixels", label = "(col, row)" },
      d = { type = "token", name = "equal test", part = "hit", mode = "equal", label = "rect ==\nrect",
            sprite = "token_card_green" },
      e = { type = "token", name = "keep test", part = "hit", mode = "keep", label = "dokill=\nFalse",
            sprite = "token_card_green" },
      f = { type = "token", name = "kill test", part = "hit", mode = "kill", label = "dokill=\nTrue",
            sprite = "token_card_green" },
      S = { type = "terminal", name = "sprite class", speaker = "bricks.py: class Brick",
            text = "Every brick, the ball and the paddle are pygame sprites: an image, a rect, and groups "
              .. "to update and draw them together.",
            quiz = "gd_sprite_1" },
      T = { type = "terminal", name = "loader script", speaker = "bricks.py: load_level",
            text = "LEVEL is a list of strings: G, Y and R are bricks, a dot is empty. TILE = 16 pixels.",
            quiz = "gd_tile_1" },
      C = { type = "terminal", name = "brick code", speaker = "bricks.py: Ball.update",
            text = "The ball's collision check, as BRICKS shipped it.",
            quiz = "gd_coll_1" },
      N = { type = "terminal", name = "collision notes", speaker = "Rafael's notes",
            text = "Rect.colliderect(other): do two rectangles overlap? spritecollide(sprite, group, dokill): "
              .. "which sprites of a group overlap one sprite.",
            quiz = "gd_coll_2" },
      P = { type = "skill", name = "sprites orb", skill = "sprites" },
      Q = { type = "skill", name = "tile map orb", skill = "tilemaps" },
      Z = { type = "skill", name = "collision orb", skill = "collision" },
      W = { type = "marker", name = "wall breaks" },
      g = { type = "tall_prop", sprite = "games_arcade" },
      h = { type = "tall_prop", sprite = "games_claw" },
      j = { type = "prop", sprite = "games_crt" },
      k = { type = "prop", sprite = "games_beanbag" },
    },
    rows = {
      "######################E###########",
      "#W..S.....T.....C.......N....g.g.#",
      "#................................#",
      "#..M.............,,,,,,,,,,,,....#",
      "#.P..............,,,,,,,,,,,,....#",
      "#................,,,,,,,,,,,,....#",
      "#..L......H......,,,,,,,,,,,,....#",
      "#................,,,,,,,,,,,,....#",
      "#................,,,,,,,,,,,,....#",
      "#.a.....b.....c..,,,,,,,,,,,,..F.#",
      "#................,,,,,,,,,,,,....#",
      "#................,,,,,,o,,,,,..Z.#",
      "#.......Q........................#",
      "#.d.....e.....f..................#",
      "#.@..k.j.....................h..V#",
      "##################################",
    },
  },

  dialogue = {
    tobi = {
      { "Tobi Adebayo, level designer", "Hey! I draw the levels for BRICKS: each wall is a tile map, "
        .. "rows of letters where G, Y and R are bricks and a dot is a gap." },
      "The game turns every letter into a sprite: an image and a rect, kept in a group so the loop "
        .. "can update and draw them all at once.",
      "Since the refactor my wall lands in the wrong place, and the ball flies straight through it. "
        .. "Put the right lines on the loader and the hit test. Two questions first:",
    },
    rafael = {
      { "Rafael Costa, engine programmer", "Collision is two questions: do these rectangles overlap, "
        .. "and what happens when they do?" },
      "Rect.colliderect answers the first for two rects. pygame.sprite.spritecollide checks one "
        .. "sprite against a whole group, and with dokill=True removes the ones it hit.",
      "Before you fix it, a question from a shooter I worked on:",
    },
  },

  exercises = {
    gd_sprite_1 = {
      kind = "fill", skill = "sprites", language = "python",
      prompt = "Complete the Brick sprite so a Group can draw it at its tile.",
      code = [==[
class Brick(pygame.sprite.Sprite):
    def __init__(self, image, pos, *groups):
        {1}
        self.image = image
        self.rect = self.image.{2}(topleft=pos)
]==],
      blanks = {
        { options = { "super().__init__(*groups)", "pass", "self.add()" }, answer = 1,
          why = {
            "Sprite's own __init__ must run; it also adds the sprite to the groups.",
            "Skipping the base __init__ leaves the sprite broken when a group uses it.",
            "add() with no group does nothing, and the base class is still not set up.",
          } },
        { options = { "get_rect", "convert", "copy" }, answer = 1,
          why = {
            "get_rect gives a Rect of the image's size, here placed at pos.",
            "convert returns a new Surface, not a rectangle.",
            "copy returns a new Surface, not a rectangle.",
          } },
      },
      explain = "Group.draw blits each sprite's image at its rect, so a sprite needs both, and its base __init__ must run first.",
    },
    gd_sprite_2 = {
      kind = "choice", skill = "sprites", scenario = true,
      prompt = "Your game has 300 animation frames, each in its own PNG, and stutters when a new enemy appears. What do you change?",
      choices = {
        { "Load the frames once at start-up, from a sprite sheet, with convert_alpha()", right = true,
          why = "Loading from disk during play stalls a frame; converted surfaces blit fastest." },
        { "Load each frame from disk when it is first shown",
          why = "That is the stutter: reading and decoding a PNG mid-frame takes milliseconds." },
        { "Make the PNGs larger so they look sharper when scaled",
          why = "More pixels to load and blit: slower, not faster." },
      },
      explain = "Load and convert art before play starts. A sheet keeps frames together, and convert_alpha() matches the screen's pixel format so blits are fast.",
    },
    gd_tile_1 = {
      kind = "fill", skill = "tilemaps", language = "python",
      prompt = "Place a brick on its own cell for every letter of the tile map.",
      code = [==[
TILE = 16
LEVEL = ["GGGG", "Y.YY", "RR.R"]
for row, line in {1}(LEVEL):
    for col, ch in enumerate(line):
        if ch != ".":
            pos = {2}
            Brick(IMAGES[ch], pos, bricks)
]==],
      blanks = {
        { options = { "enumerate", "range", "zip" }, answer = 1,
          why = {
            "enumerate gives each row's number and its string.",
            "range(LEVEL) fails: range wants a number, not a list.",
            "zip(LEVEL) gives 1-tuples: there is no row number to unpack.",
          } },
        { options = { "(col * TILE, row * TILE)", "(row * TILE, col * TILE)", "(col, row)" }, answer = 1,
          why = {
            "x comes from the column and y from the row, each scaled to pixels.",
            "x and y swapped: the wall stands on its side.",
            "Cell numbers used as pixels: every brick lands in the first few pixels.",
          } },
      },
      explain = "A tile map is a grid: the column gives x and the row gives y, each times the tile size. Editors such as Tiled save the same grid with layers.",
    },
    gd_tile_2 = {
      kind = "choice", skill = "tilemaps", scenario = true,
      prompt = "Your world is 2000 x 2000 tiles and the frame rate drops to 12 fps. The screen shows 40 x 23 tiles. What do you do?",
      choices = {
        { "Draw only the tiles inside the camera's view", right = true,
          why = "About 920 blits a frame instead of four million." },
        { "Make every tile a sprite in one Group and draw the group",
          why = "Still four million sprites drawn, and a sprite costs more than a tile." },
        { "Buy the team faster graphics cards",
          why = "The work is in the Python loop, not the GPU: a faster card does not help." },
      },
      explain = "Cull what the camera cannot see: work out the first and last visible column and row from the camera's position and draw only those.",
    },
    gd_coll_1 = {
      kind = "code", skill = "collision", language = "python",
      prompt = "The ball flies straight through every brick. Which line is wrong?",
      code = [==[
def update(self, dt):
    self.pos += self.vel * dt
    self.rect.center = self.pos
    for brick in bricks:
        if self.rect == brick.rect:
            self.vel.y = -self.vel.y
            brick.kill()
]==],
      answer = 5,
      why = {
        [2] = "Moving by velocity times dt keeps time: level 1's fix.",
        [5] = "== asks whether the rects are identical, which a ball and a brick never are. Use self.rect.colliderect(brick.rect).",
        [7] = "kill() removes the brick from every group it is in: right once a hit is found.",
      },
      explain = "Rects are equal only with the same position and size; overlap is colliderect. pygame.sprite.spritecollide(self, bricks, True) does the loop and the kill in one call.",
    },
    gd_coll_2 = {
      kind = "fill", skill = "collision", language = "python",
      prompt = "Remove every brick the ball touches, and bounce the ball off the paddle.",
      code = [==[
hit = pygame.sprite.spritecollide(ball, bricks, {1})
if hit:
    ball.vel.y = -ball.vel.y
    score += 10 * len(hit)
if ball.rect.{2}(paddle.rect):
    ball.vel.y = -abs(ball.vel.y)
]==],
      blanks = {
        { options = { "True", "False" }, answer = 1,
          why = {
            "dokill=True removes the bricks that were hit from the group.",
            "The bricks stay: the ball bounces off the same wall for ever.",
          } },
        { options = { "colliderect", "contains", "collidepoint" }, answer = 1,
          why = {
            "colliderect: do the two rectangles overlap at all?",
            "contains: is the paddle wholly inside the ball? Almost never.",
            "collidepoint takes a point, not a rect.",
          } },
      },
      explain = "spritecollide(sprite, group, dokill) returns the list of sprites in the group that overlap the sprite; colliderect compares two rects.",
    },
    gd_coll_3 = {
      kind = "choice", skill = "collision", scenario = true,
      prompt = "A bullet-hell shooter tests 2,000 bullets against 300 enemies every frame and drops to 20 fps. What would you do?",
      choices = {
        { "Bucket enemies in a grid of cells; test each bullet only against its cell", right = true,
          why = "A bullet meets a handful of enemies instead of 300: far fewer tests." },
        { "Switch every test to pixel-perfect masks",
          why = "Masks are more exact and much slower: it makes the frame worse." },
        { "Only test collisions every tenth frame",
          why = "Fast bullets pass through enemies in the frames you skip." },
      },
      explain = "All-pairs testing grows with bullets x enemies (600,000 tests). A uniform grid or a tree keeps the tests to nearby pairs.",
    },
  },

  hints = {
    "Tobi stands near the start: walk next to him and press {confirm}.",
    "Take the sprites orb and answer Tobi or the sprite class on the north wall.",
    "The tile map orb, then the loader script; Rafael, on the east side, knows collision.",
    "Put one blue line on the tile map loader and one green line on the hit test.",
  },

  goals = {
    { talk = "Tobi", text = "Talk to Tobi",
      hint = "Tobi stands above where you start: press {confirm} next to him." },
    { collect = "sprites", text = "Hold sprites",
      hint = "The sprites orb, then Tobi again or the sprite class {where:sprite class}." },
    { collect = "tilemaps", text = "Hold tile maps",
      hint = "The tile map orb, then the loader script {where:loader script}." },
    { collect = "collision", text = "Hold collision",
      hint = "The collision orb is by Rafael; the brick code and his notes are north." },
    { reach = "wall breaks", text = "Fix BRICKS and break the wall",
      hint = "Each brick on its own cell, and a hit test that removes what it hits." },
  },

  grants = { xp = 60 },

  on_start = function()
    bricks().court(17, 3, 12, 9)
    bricks().panel()
  end,

  on_update = function(dt) bricks().update(dt) end,

  on_collect = function() sq.xp(10) end,

  on_interact = function(e)
    if e.name == "Tobi" and refresh().start({ { "python", "gd_warm_python" }, { "game_loop", "gd_loop_3" } }) then
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
