-- levels/web/05_design_review.lua: the Web Development quest, level 5, its
-- design review. The player is the engineer now: the shop built in the
-- earlier levels launches at 20 times today's traffic, and they decide how it
-- is served, earning two engineer-side skills: WSGI and ASGI, and reverse
-- proxies. The launch test is the quest's own mechanic (lib/routing.lua):
-- requests arrive as tokens and the player carries each to the layer that
-- answers it.
-- Play order: meeting room (Nadia, the WSGI orb, the whiteboard, the cache
-- note) -> gate (WSGI and ASGI held) -> machine room (Victor, the reverse
-- proxy orb, the routing board) -> gate (reverse proxies held) -> the review
-- table's sign-off -> exit.
-- Facts (Flask deploying docs, Gunicorn deploy docs, RFC 9111 caching,
-- Werkzeug ProxyFix, Flask sessions): levels/web/FACTS.md.

-- A terminal shows its text, if any, then asks its quiz and `more`.
local function ask_all(self)
  if self.props.text then sq.say(self.props.speaker or "Sign", self.props.text) end
  sq.ask({ self.props.quiz, self.props.more })
end

local function routing()
  return sq.module("routing")
end

-- Who asks what after their talk, until it is answered right.
local asks = { Nadia = { "web_wsgi_asgi_1" }, Victor = { "web_reverse_proxy_1" } }
local right = {}

return {
  format = 1,
  id = "web.design_review",
  quest = "web",
  title = "Design Review: Launch Day",
  brief = "You are the engineer now. The shop launches next week at 20 times today's traffic: "
    .. "decide how it is served. Talk to Nadia first; {hint} gives a hint.",
  music = "music_hub",
  -- HTTP comes from the earlier levels (Nadia teaches it again to anyone
  -- who comes without it).
  requires = { "http" },

  behaviours = {
    terminal = {
      sprite = "terminal", frames = 2, rate = 40, size = { 14, 12 }, offset = { -1, -4 }, solid = true,
      on_interact = ask_all,
    },
    -- The routing board: the inbox where requests arrive, the three layers
    -- they can go to, and the requests themselves.
    inbox = {
      sprite = "desk", solid = true,
      on_spawn = function(self) routing().inbox_spawned(self) end,
      on_interact = function(self) routing().inbox_used(self) end,
      on_place = function(self, token) return routing().place(self, token) end,
    },
    layer = {
      sprite = "server_rack", solid = true,
      on_spawn = function(self) sq.set_label(self.id, self.props.label, true) end,
      on_place = function(self, token) return routing().place(self, token) end,
    },
    request = {
      sprite = "ui_key", solid = true, size = { 12, 12 },
      on_interact = function(self) sq.carry(self.id) end,
    },
  },

  map = {
    legend = {
      M = { type = "mentor", name = "Nadia", dialogue = "nadia" },
      V = { type = "mentor", name = "Victor", dialogue = "victor" },
      W = { type = "terminal", name = "whiteboard", speaker = "Whiteboard: serving plan",
            text = "Nginx on port 443 in front. Gunicorn runs the Flask app behind it, on "
              .. "127.0.0.1:8000. PostgreSQL on a private network. The server has 4 CPU cores.",
            quiz = "web_wsgi_asgi_3" },
      C = { type = "terminal", name = "cache note", speaker = "Note on the desk",
            text = "GET /products is the same for every visitor and changes once an hour. Today "
              .. "every one of those requests reaches Flask and PostgreSQL.",
            quiz = "web_http_10" },
      T = { type = "terminal", name = "review table", speaker = "Review table",
            text = "Sign-off: the launch plan, point by point.",
            quiz = "web_reverse_proxy_4", more = "web_reverse_proxy_2" },
      H = { type = "gate", name = "machine room gate", requires = "wsgi_asgi" },
      G = { type = "gate", name = "review room gate", requires = "reverse_proxy" },
      I = { type = "inbox", name = "request inbox" },
      N = { type = "layer", name = "Nginx", layer = "proxy", label = "Nginx" },
      A = { type = "layer", name = "Gunicorn", layer = "app", label = "Gunicorn" },
      Q = { type = "layer", name = "PostgreSQL", layer = "db", label = "PostgreSQL" },
      ["1"] = { type = "skill", name = "wsgi orb", skill = "wsgi_asgi" },
      ["2"] = { type = "skill", name = "proxy orb", skill = "reverse_proxy" },
    },
    rows = {
      "####################E###################",
      "#P....................................P#",
      "#................DD.T.DD...............#",
      "#......................................#",
      "#BB..................................BB#",
      "##############################G#########",
      "#P.....W......P#..R.R...R.R.......R.R..#",
      "#..............#.......................#",
      "#..............#.........V.....2.......#",
      "#..............#.......................#",
      "#..............#.......................#",
      "#...........C..#......................P#",
      "#...,DDD,......#.....N......A......Q...#",
      "#...,,,,,......#.......................#",
      "#..............#.......................#",
      "#......1.......#.......................#",
      "#..............H..I....................#",
      "#..M...........#.......................#",
      "#..@...........#.......................#",
      "#P............P#.RR...................P#",
      "########################################",
    },
  },

  dialogue = {
    nadia = {
      { "Nadia, staff engineer", "Hi, I'm Nadia. The shop launches next week and you chair its "
        .. "design review. From today you decide like an engineer: which tool, what it costs, what fails." },
      "The shop is the Flask app you built. Flask is a WSGI app: a WSGI server such as Gunicorn runs "
        .. "it in worker processes, and a reverse proxy stands in front of that.",
      "Marketing expects 20 times today's traffic, and the load test already queues. The orb "
        .. "beside me teaches WSGI and ASGI. Read the whiteboard and the cache note too.",
      "Then see Victor in the machine room, east. But first, your call:",
    },
    victor = {
      { "Victor, site reliability", "Every request enters through Nginx on port 443. Gunicorn "
        .. "listens on 127.0.0.1:8000 behind it, and only the app talks to PostgreSQL." },
      "Our launch test sends four real requests. Each waits in the inbox: carry it to the layer "
        .. "that answers it. A layer that cannot answer refuses it and says why.",
      "The orb here teaches reverse proxies. First, walk one request through our stack with me:",
    },
  },

  exercises = {
    web_wsgi_asgi_1 = {
      kind = "choice", skill = "wsgi_asgi", scenario = true,
      prompt = "In the load test the shop runs as gunicorn -w 1 on a 4-core server, and requests "
        .. "queue. What do you change first?",
      choices = {
        { "More workers: -w 8, about two per core", right = true,
          why = "A sync worker serves one request at a time. Flask's docs suggest CPU x 2 to start; then measure." },
        { "Serve it with flask run instead", why = "The development server is not built to be secure, "
          .. "stable or efficient (Flask's docs)." },
        { "Rewrite the views with async def", why = "Under WSGI each request still ties up one worker, "
          .. "async or not: Flask handles no more at once." },
        { "Buy a bigger PostgreSQL server", why = "The queue forms in front of the one app worker, not "
          .. "at the database." },
      },
      explain = "Find where requests wait before buying hardware. A WSGI server runs your app in "
        .. "worker processes: count them first.",
    },
    web_wsgi_asgi_3 = {
      kind = "fill", skill = "wsgi_asgi", language = "shell",
      prompt = "Start the shop on the 4-core server, behind Nginx on the same machine.",
      code = "gunicorn -w {1} --bind {2} 'shop:app'",
      blanks = {
        { options = { "8", "1", "64" }, answer = 1,
          why = { "About two per core on 4 cores: a good start, then measure.",
                  "One sync worker serves one request at a time: the queue you saw.",
                  "Far more processes than cores: each takes memory, and they wait for the same 4 cores." } },
        { options = { "127.0.0.1:8000", "0.0.0.0:80" }, answer = 1,
          why = { "Only Nginx on this machine can reach it: the proxy stays the one door in.",
                  "That opens Gunicorn to the internet, past the proxy that buffers slow clients." } },
      },
      explain = "'shop:app' is module:variable. Gunicorn listens privately; Nginx faces the internet "
        .. "and passes requests on (proxy_pass).",
    },
    web_http_10 = {
      kind = "choice", skill = "http", scenario = true,
      prompt = "GET /products is the same for everyone and changes hourly. Which response header "
        .. "lets Nginx, a CDN and browsers reuse it?",
      choices = {
        { "Cache-Control: public, max-age=300", right = true,
          why = "Any cache, shared or private, may reuse it for 5 minutes: most requests never reach Flask." },
        { "Cache-Control: private, max-age=300", why = "Only the browser may keep it; shared caches "
          .. "such as Nginx or a CDN must not (RFC 9111)." },
        { "Cache-Control: no-store", why = "Nothing may be stored: every request goes all the way "
          .. "to Flask and PostgreSQL." },
        { "Set-Cookie: cache=yes", why = "A cookie carries state to the browser; it does not tell "
          .. "caches anything." },
      },
      explain = "Shared caches take load only for public responses. Never make a page public that "
        .. "shows one user's data, such as GET /orders/7.",
    },
    web_reverse_proxy_1 = {
      kind = "order", skill = "reverse_proxy",
      prompt = "Put GET /orders/7 through the launch setup, in order.",
      items = {
        "The browser opens HTTPS to shop.example.com",
        "Nginx ends the TLS and reads the request",
        "Nginx passes it to Gunicorn on 127.0.0.1:8000",
        "A Gunicorn worker calls the Flask view",
        "The view reads order 7 from PostgreSQL",
        "The response goes back out through Nginx",
      },
      explain = "Only Nginx faces the internet. It hands dynamic requests to the WSGI server, "
        .. "which runs your Flask code; only the app talks to the database.",
    },
    web_reverse_proxy_2 = {
      kind = "sort", skill = "reverse_proxy",
      prompt = "Who should do each job at launch: the proxy, or the app?",
      bins = { "Nginx", "Flask app" },
      items = {
        { "Terminate HTTPS (TLS)", bin = 1,
          why = "The proxy holds the certificate; behind it Gunicorn speaks plain HTTP on localhost." },
        { "Send /static/app.css", bin = 1, why = "Nginx sends files from disk; no Python worker wakes." },
        { "Wait for a slow phone's upload", bin = 1,
          why = "Nginx buffers the request, so a Gunicorn worker is busy only once it has it all." },
        { "Spread requests over 3 app servers", bin = 1,
          why = "An upstream block of three servers: Nginx balances between them." },
        { "Check that user 42 may see order 7", bin = 2,
          why = "Only the app knows users and orders: that check is business logic." },
        { "Render the order page", bin = 2, why = "The view and its template build the HTML." },
      },
      explain = "The proxy does the general web work; the app does what only your code knows. "
        .. "Gunicorn's docs strongly advise a buffering proxy in front.",
    },
    web_reverse_proxy_4 = {
      kind = "choice", skill = "reverse_proxy", scenario = true,
      prompt = "You add two more app servers behind Nginx, which spreads the requests. Logins use "
        .. "Flask's default session. What must hold?",
      choices = {
        { "All three share one SECRET_KEY", right = true,
          why = "The session is a cookie signed with it: any server with the key can check it." },
        { "Each server gets its own SECRET_KEY", why = "A cookie signed on one server fails on the "
          .. "others: users are logged out at random." },
        { "Nginx sends each user to one server", why = "Not needed: the session's data travels in "
          .. "the cookie itself, so any server can read it." },
        { "Keep the password in the session", why = "The cookie is signed, not encrypted: anyone "
          .. "holding it can read it. Keep only an id there." },
      },
      explain = "Flask's default session keeps its data in a signed cookie: the user can read it "
        .. "but not change it. App servers that keep no state scale out behind a proxy.",
    },
  },

  hints = {
    "Nadia stands just above where you start: walk next to her and press {confirm}.",
    "Take the orb in this room, then answer Nadia, the whiteboard or the cache note. The gate east "
      .. "opens once you hold WSGI and ASGI.",
    "In the machine room, Victor starts the launch test. Take a request from the inbox with "
      .. "{confirm}, walk to a rack and press {confirm} to hand it over.",
    "Static files end at Nginx; what needs your Python code ends at Gunicorn; what needs stored "
      .. "data ends at PostgreSQL.",
  },

  goals = {
    { talk = "Nadia", text = "Talk to Nadia" },
    { collect = "wsgi_asgi", text = "Hold WSGI and ASGI",
      hint = "Its orb is in this room ({where:wsgi orb}); then answer Nadia or the whiteboard." },
    { collect = "reverse_proxy", text = "Hold reverse proxies",
      hint = "Its orb is by Victor ({where:proxy orb}); then answer his question." },
    { reach = "request inbox", text = "Route the launch requests",
      hint = "Take each request from the inbox ({where:request inbox}) to the layer that answers it." },
    { answer = "web_reverse_proxy_4", text = "Sign off at the review table",
      hint = "The review table is north, past the gate ({where:review table})." },
  },

  grants = { xp = 80 },

  on_interact = function(e)
    if e.name == "Nadia" then
      sq.grant("http") -- a refresher: no card for those who know it
    elseif e.name == "Victor" then
      routing().start()
    end
    local list = {}
    for _, id in ipairs(asks[e.name] or {}) do
      if not right[id] then list[#list + 1] = id end
    end
    if #list > 0 then sq.ask(list) end
  end,

  on_take = function(slot, token)
    routing().taken(slot, token)
  end,

  on_answer = function(id, correct)
    if correct then
      right[id] = true
      sq.xp(10)
    end
  end,
}
