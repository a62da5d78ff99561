-- levels/office/server_room.lua: the second level, on a map drawn in the
-- Tiled editor (maps/office.lua is Tiled's own Lua export). The map places
-- the objects; this file says what they say and ask.
return {
  format = 1,
  id = "office.server_room",
  quest = "web",
  title = "Requests and Responses",
  brief = "A server's whole day is requests coming in and responses going out. Learn HTTP, "
    .. "get past the gate to the east and find the exit.",
  map = "maps/office.lua",

  dialogue = {
    intro = {
      { "Ada", "Every web app you will build talks HTTP. A client sends a request, a method and "
        .. "a path like GET /users/42, and your server sends back a response with a status code." },
      "The HTTP orb is on the carpet in this room. The gate in the east wall only opens for "
        .. "someone who knows HTTP. The terminal up north asks about request methods.",
    },
  },

  exercises = {
    http_status = {
      kind = "choice", skill = "http",
      prompt = "Which HTTP method should a client use to read data without changing anything "
        .. "on the server?",
      choices = {
        { "GET", right = true, why = "GET reads a resource and is meant to be safe: no change." },
        { "POST", why = "POST sends data for the server to process, usually to create something." },
        { "DELETE", why = "DELETE removes the resource: the opposite of leaving it alone." },
        { "PATCH", why = "PATCH changes part of a resource." },
      },
      explain = "Safe methods (GET, HEAD) only read. Caches and crawlers rely on that, so a GET "
        .. "that changes data is a bug waiting to happen.",
    },
  },

  hints = {
    "Ada stands just above where you start.",
    "The orb is on the green carpet. The gate opens by itself when you walk up to it holding HTTP.",
  },

  goals = {
    { talk = "Ada", text = "Talk to Ada" },
    { collect = "http", text = "Learn HTTP" },
    { answer = "http_status", text = "Answer the terminal" },
  },

  grants = { xp = 40 },
}
