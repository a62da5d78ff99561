-- scripts/skills/game_dev.lua: the skills of Game Development.
-- The format of a skill card is in scripts/README.md.

local skills = {}
local function skill(t) skills[t.id] = t end

skill{
  id = "game_loop", name = "The game loop", field = "game_dev", side = "developer",
  requires = {},
  card = "A game runs a loop many times per second: read input, update the world, draw the frame. Everything else, from physics to enemy behaviour, runs inside that loop, and game servers run a similar loop whose steps are called ticks.",
}

skill{
  id = "delta_time", name = "Frame-rate independence", field = "game_dev", side = "developer",
  requires = { "game_loop" },
  card = "Frames do not all take the same time, so movement is scaled by dt, the seconds since the last frame (pygame's Clock.tick returns milliseconds: divide by 1000), or physics is stepped in fixed time steps fed by an accumulator. Otherwise a game runs faster on a faster computer.",
}

skill{
  id = "vector_math", name = "Vector maths", field = "game_dev", side = "developer",
  requires = {},
  optional = { "linear_algebra" },
  card = "Positions, velocities and directions in games are vectors. Adding, scaling and normalising vectors, plus the dot product for angles, covers most 2D movement, aiming and steering.",
}

skill{
  id = "sprites", name = "Sprites and animation", field = "game_dev", side = "developer",
  requires = { "game_loop" },
  card = "A sprite is a 2D image drawn in the game world, and animation swaps between frames from a sprite sheet over time. Packing many frames into one texture keeps drawing fast.",
}

skill{
  id = "collision", name = "Collision detection", field = "game_dev", side = "developer",
  requires = { "sprites" },
  optional = { "vector_math" },
  card = "Collision detection finds when objects overlap, often with axis-aligned rectangles or circles: pygame's Rect.colliderect tests two rectangles, and pygame.sprite.spritecollide a sprite against a group. Testing every pair is slow with many objects, so games first sort them into a grid or tree.",
}

skill{
  id = "tilemaps", name = "Tile maps", field = "game_dev", side = "developer",
  requires = { "sprites" },
  card = "A tile map builds a level from a grid of small reusable images. Editors such as Tiled save maps with layers and objects that a game loads at run time.",
}

skill{
  id = "pygame", name = "Pygame", field = "game_dev", side = "developer",
  requires = { "python", "game_loop" },
  card = "Pygame is a set of Python modules for 2D games, built on SDL. Its active community fork, pygame-ce (pip install pygame-ce), keeps the same import pygame and releases more often. You write the game loop yourself: events, update, draw, display.flip, Clock.tick.",
}

skill{
  id = "panda3d", name = "Panda3D", field = "game_dev", side = "developer",
  requires = { "python", "game_loop" },
  optional = { "vector_math" },
  card = "Panda3D is an open-source 3D engine with a Python API and a C++ core, first built at Disney and later with Carnegie Mellon University. A ShowBase app opens the window and runs the loop; taskMgr runs your functions each frame, and PStats shows where a frame's time goes.",
}

skill{
  id = "scene_graph", name = "Scene graphs", field = "game_dev", side = "developer",
  requires = { "panda3d" },
  optional = { "vector_math" },
  card = "A scene graph is a tree of nodes in which each child is placed relative to its parent, so moving a ship moves its crew too. In Panda3D a NodePath is drawn only once it hangs under render: model.reparentTo(render), or under another node that does.",
}

skill{
  id = "game_scripting", name = "Game scripting (Lua)", field = "game_dev", side = "developer",
  requires = { "game_loop" },
  card = "Many engines run game logic in an embedded scripting language such as Lua, while the core stays in C or C++. Designers can change behaviour without recompiling, and a sandbox limits what scripts can do.",
}

skill{
  id = "game_profiling", name = "Profiling a slow frame", field = "game_dev", side = "developer",
  requires = { "game_loop" },
  optional = { "panda3d" },
  card = "At 60 fps a frame has 16.7 ms. Measure before optimising: cProfile (python -m cProfile -s cumtime game.py) or Panda3D's PStats show where the time goes, and the fix is usually less work per frame, not faster code for the wrong function.",
}

skill{
  id = "game_servers", name = "Authoritative servers", field = "game_dev", side = "engineer",
  requires = { "game_loop", "delta_time" },
  optional = { "networking" },
  card = "Never trust the client: an authoritative server runs the simulation at a fixed tick and checks every input, while clients send input and predict movement to hide latency. A score the client reports is a claim; the server decides it from what it saw.",
}

skill{
  id = "game_backend", name = "Game backend services", field = "game_dev", side = "engineer",
  requires = { "game_servers" },
  optional = { "rest_apis", "sql", "caching", "rate_limiting" },
  card = "Around the game run ordinary backend services: accounts, saves, leaderboards, matchmaking. Launch days bring sudden spikes, so they need rate limits, caching and load tests beforehand, and a leaderboard is a Redis sorted set (ZADD to record, ZRANGE ... REV for the top).",
}

return skills
