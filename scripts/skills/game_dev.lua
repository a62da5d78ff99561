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
  card = "Frames do not all take the same time, so movement is scaled by the time since the last frame, or the game is updated in fixed time steps. Otherwise a game would run faster on a faster computer.",
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
  requires = { "vector_math" },
  card = "Collision detection finds when objects overlap, often using simple shapes like axis-aligned rectangles or circles. Testing every pair is slow with many objects, so games first sort objects into a spatial structure such as a grid.",
}

skill{
  id = "tilemaps", name = "Tile maps", field = "game_dev", side = "developer",
  requires = { "sprites" },
  card = "A tile map builds a level from a grid of small reusable images. Editors such as Tiled save maps with layers and objects that a game loads at run time.",
}

skill{
  id = "pygame", name = "Pygame", field = "game_dev", side = "developer",
  requires = { "python", "game_loop" },
  card = "Pygame is a set of Python modules for writing 2D games, built on the SDL library for graphics, sound and input. You write the game loop yourself, which makes it a good way to learn how games work.",
}

skill{
  id = "panda3d", name = "Panda3D", field = "game_dev", side = "developer",
  requires = { "python", "vector_math" },
  card = "Panda3D is an open-source 3D game engine with a Python API and a core written in C++, first developed at Disney and later with Carnegie Mellon University. It handles rendering, a scene graph, audio and loading models.",
}

skill{
  id = "scene_graph", name = "Scene graphs", field = "game_dev", side = "developer",
  requires = { "vector_math" },
  optional = { "panda3d" },
  card = "A scene graph is a tree of objects in which each child is positioned relative to its parent, so moving a ship moves its crew too. Panda3D and many other 3D engines organise their worlds this way.",
}

skill{
  id = "game_scripting", name = "Game scripting (Lua)", field = "game_dev", side = "developer",
  requires = { "game_loop" },
  card = "Many engines run game logic in an embedded scripting language such as Lua, while the core stays in C or C++. Designers can change behaviour without recompiling, and a sandbox limits what scripts can do.",
}

skill{
  id = "game_servers", name = "Multiplayer servers", field = "game_dev", side = "engineer",
  requires = { "game_loop", "delta_time", "networking" },
  card = "Many multiplayer games use an authoritative server that runs the simulation, while clients send input and predict movement to hide latency. Fast-paced games often use UDP, since a late update is often worse than a lost one.",
}

skill{
  id = "game_backend", name = "Game backend services", field = "game_dev", side = "engineer",
  requires = { "rest_apis", "sql" },
  optional = { "caching", "rate_limiting" },
  card = "Around the game itself run ordinary backend services: accounts, saved games, leaderboards, matchmaking and stores. Launch days bring sudden traffic spikes, so these services need caching, rate limiting and room to scale out.",
}

return skills
