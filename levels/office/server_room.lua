-- levels/office/server_room.lua: the second level, on a map drawn in the
-- Tiled editor (maps/office.lua is Tiled's own Lua export). The map places
-- the objects; this file says what they say and ask. Ada asks two HTTP
-- exercises after her talk; the north terminal asks two more.
-- Facts (RFC 9110 methods and status codes, RFC 9112 Host): levels/web/FACTS.md.

-- Who asks what after their talk, until it is answered right.
local asks = { Ada = { "web_http_4", "web_http_6" } }
local right = {}

return {
  format = 1,
  id = "office.server_room",
  quest = "web",
  title = "Requests and Responses",
  brief = "A server's whole day is requests coming in and responses going out. Learn HTTP and "
    .. "use it, get past the gate to the east and find the exit.",
  map = "maps/office.lua",

  dialogue = {
    intro = {
      { "Ada", "Every web app you will build talks HTTP. A client sends a request, a method and "
        .. "a path like GET /users/42, and your server sends back a response with a status code." },
      "Some methods only read, others change data. Sort a few for me, then tell me what you would "
        .. "do about the link I found. The orb is on the carpet; the gate east needs HTTP held.",
    },
  },

  exercises = {
    web_http_2 = {
      kind = "choice", skill = "http",
      prompt = "Which HTTP method should a client use to read data without changing anything on "
        .. "the server?",
      choices = {
        { "GET", right = true, why = "GET is defined as safe: it asks for the resource and changes nothing." },
        { "POST", why = "POST sends data for the server to process, usually to create something." },
        { "DELETE", why = "DELETE removes the resource: the opposite of leaving it alone." },
        { "PATCH", why = "PATCH changes part of a resource." },
      },
      explain = "Safe methods (GET, HEAD) only read. Browsers, caches and crawlers repeat and "
        .. "prefetch them freely, so a GET that changes data is a bug waiting to happen.",
    },
    web_http_4 = {
      kind = "sort", skill = "http",
      prompt = "Which requests only read, and which change something on the server?",
      bins = { "Only reads", "Changes data" },
      items = {
        { "GET /orders/7", bin = 1, why = "Reads order 7." },
        { "HEAD /orders/7", bin = 1, why = "Like GET, but only the headers come back." },
        { "POST /orders", bin = 2, why = "Creates a new order." },
        { "PUT /orders/7", bin = 2, why = "Replaces order 7 with the body sent." },
        { "PATCH /orders/7", bin = 2, why = "Changes part of order 7." },
        { "DELETE /orders/7", bin = 2, why = "Removes order 7." },
      },
      explain = "GET and HEAD are safe methods (RFC 9110): a client may send them without fear of "
        .. "changing anything.",
    },
    web_http_5 = {
      kind = "fill", skill = "http", language = "http",
      prompt = "Complete the request a browser sends to read user 42 from api.example.com.",
      code = "{1} /users/42 HTTP/1.1\n{2}: api.example.com\nAccept: application/json",
      blanks = {
        { options = { "GET", "POST", "PUT" }, answer = 1,
          why = { "Reading a resource is a GET.", "POST would send data to be processed.",
                  "PUT would replace user 42 with a body." } },
        { options = { "Host", "Server", "Location" }, answer = 1,
          why = { "Every HTTP/1.1 request names its host: one server can serve many sites.",
                  "Server is a response header: the server's software.",
                  "Location is a response header, for redirects and new resources." } },
      },
      explain = "A request line is a method, a path and a version; headers follow. HTTP/1.1 "
        .. "requires Host (RFC 9112).",
    },
    web_http_6 = {
      kind = "choice", skill = "http", scenario = true,
      prompt = "An account page has a link, GET /account/delete, that deletes the account. A search "
        .. "crawler visits the site. What happens, and what do you do?",
      choices = {
        { "Accounts get deleted: make it a POST form", right = true,
          why = "Crawlers and link prefetching follow GET links freely; an action that changes data "
            .. "needs an unsafe method." },
        { "Nothing: crawlers never follow links", why = "Following links is exactly what crawlers do." },
        { "The server answers 405 by itself", why = "Only a route that refuses GET does that; this one "
          .. "accepts it and deletes." },
        { "The browser asks the user first", why = "Browsers ask before sending a form again, not "
          .. "before following a link." },
      },
      explain = "Safe methods must stay safe. Anything that changes data goes behind POST, PUT, PATCH "
        .. "or DELETE, with a check that the user meant it.",
    },
  },

  hints = {
    "Ada stands just above where you start.",
    "The orb is on the green carpet; the terminal up north uses HTTP. The gate opens by itself "
      .. "when you walk up to it holding HTTP.",
  },

  goals = {
    { talk = "Ada", text = "Talk to Ada", hint = "Ada is {where:Ada}." },
    { collect = "http", text = "Hold HTTP",
      hint = "The orb is on the green carpet, {where:http orb}." },
    { answer = "web_http_2", text = "Answer the terminal",
      hint = "The terminal is {where:http terminal}; the gate opens as you walk up holding HTTP." },
  },

  grants = { xp = 40 },

  on_interact = function(e)
    local list = {}
    for _, id in ipairs(asks[e.name] or {}) do
      if not right[id] then list[#list + 1] = id end
    end
    if #list > 0 then sq.ask(list) end
  end,

  on_answer = function(id, correct)
    if correct then
      right[id] = true
      sq.xp(10)
    end
  end,
}
