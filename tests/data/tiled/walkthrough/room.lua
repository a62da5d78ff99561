-- The level of docs/levels.md's Tiled walkthrough: maps/room.tmx was drawn in Tiled
-- 1.8.2 (under Xvfb, driven by xdotool) from the shipped project and tilesets, as the
-- walkthrough says; only its tileset paths were made relative to this repository.
return {
  format = 1,
  id = "walkthrough.room",
  quest = "web",
  title = "My first Tiled room",
  brief = "Talk to Ada, pick up the HTTP orb, then take the exit.",
  map = "maps/room.tmx",
  goals = {
    { talk = "Ada", text = "Talk to Ada" },
    { collect = "http", text = "Learn HTTP" },
  },
}
