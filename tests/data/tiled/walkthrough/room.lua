-- The level of docs/levels.md's Tiled walkthrough: maps/room.tmx was drawn in Tiled
-- 1.8.2 (under Xvfb, driven by xdotool) from the shipped project and tilesets, as the
-- walkthrough says; only its tileset paths were made relative to this repository.
return {
  format = 1,
  id = "walkthrough.room",
  quest = "web",
  title = "My first Tiled room",
  brief = "Talk to Ada, pick up the HTTP orb and use it, then take the exit.",
  map = "maps/room.tmx",
  exercises = {
    http_not_found = {
      kind = "choice", skill = "http",
      prompt = "A browser asks for a page the server does not have. Which status comes back?",
      choices = {
        { "404 Not Found", right = true, why = "Nothing is at that address." },
        { "200 OK", why = "200 says the request worked and the body is the page." },
        { "500 Internal Server Error", why = "500 is the server failing, not a missing page." },
      },
      explain = "4xx codes are the client's mistake; 404 says nothing is at that address.",
    },
  },
  goals = {
    { talk = "Ada", text = "Talk to Ada" },
    { collect = "http", text = "Learn HTTP and use it" },
  },
  -- The orb's skill is used at once: the level asks its exercise.
  on_collect = function(skill)
    if skill == "http" then sq.ask("http_not_found") end
  end,
}
