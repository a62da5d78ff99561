-- levels/game_dev/05_launch_day.lua: the Game Development quest, level 5,
-- its design review. COMET goes online with a global leaderboard, and the
-- player is the engineer now: on the review wall they decide how scores
-- are checked, how submits are limited, how the top 100 is served and what
-- happens before launch, then pull the launch lever and watch launch day
-- play out against their design (lib/launch.lua). Two engineer-side
-- skills: authoritative game servers (Amara) and game backend services
-- (Luis), each held only by answering his or her scenario.
-- Play order: Amara (servers orb, her scenario) -> the server tick, the
-- cheat report -> Luis (backend orb, his scenario) -> the leaderboard
-- code, the load-test plan -> the wall, the launch lever -> exit.
-- Facts (Redis sorted sets, ZRANGE REV, redis-py, 429): FACTS.md.

local function launch() return sq.module("launch") end
local function refresh() return sq.module("refresh") end

local asks = { Amara = { "gd_srv_1" }, Luis = { "gd_lb_2" } }
local right = {}

return {
  format = 1,
  id = "game_dev.launch_day",
  quest = "game_dev",
  title = "Design Review: Launch Day",
  brief = "You are the engineer now. COMET goes online on Friday with a global leaderboard, and "
    .. "200,000 players are expected at 9:00. Decide what holds. Talk to Amara first; {hint} gives a hint.",
  music = "game_dev_arcade",
  requires = { "python", "game_loop", "delta_time" },

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
    decision = {
      sprite = "slot", solid = true,
      on_spawn = function(self)
        sq.set_label(self.id, self.props.label, true)
        launch().slot_spawned(self)
      end,
      on_place = function(self, token) return launch().place(self, token) end,
      on_take = function(self, token) launch().take(self, token) end,
      on_interact = function(self) sq.say(self.props.label:gsub("\n", " "), self.props.text) end,
    },
    lever = {
      sprite = "lever_0", solid = true,
      on_spawn = function(self) sq.set_label(self.id, "launch", true) end,
      on_interact = function(self)
        sq.set_sprite(self.id, "lever_1")
        quest.say_pages("Launch day", launch().launch())
      end,
    },
    marker = { hidden = true },
  },

  map = {
    theme = "games",
    legend = {
      A = { type = "mentor", name = "Amara", dialogue = "amara", look = "amara", facing = "down" },
      U = { type = "mentor", name = "Luis", dialogue = "luis", look = "luis", facing = "down" },
      X = { type = "lever", name = "launch lever" },
      s = { type = "decision", name = "score slot", decision = "score", label = "Score",
            text = "Who decides a run's score?" },
      l = { type = "decision", name = "submit slot", decision = "limit", label = "Submits",
            text = "How many scores may one account post?" },
      t = { type = "decision", name = "top slot", decision = "top", label = "Top 100",
            text = "Where does the top-100 page come from?" },
      b = { type = "decision", name = "before slot", decision = "before", label = "Before launch",
            text = "What do you do before Friday?" },
      a = { type = "token", name = "client score", decision = "score", option = "client", short = "client sends it",
            label = "client\nsends score" },
      c = { type = "token", name = "server replay", decision = "score", option = "server", short = "server replays",
            label = "server replays\ninputs" },
      d = { type = "token", name = "no limit", decision = "limit", option = "none", short = "no limit",
            label = "no limit" },
      e = { type = "token", name = "rate limit", decision = "limit", option = "rate", short = "5 a minute",
            label = "5 a minute\nper account" },
      f = { type = "token", name = "sql order by", decision = "top", option = "sql", short = "SQL ORDER BY",
            label = "SQL ORDER BY\nper view" },
      g = { type = "token", name = "sorted set", decision = "top", option = "redis", short = "Redis zset, 5s cache",
            label = "Redis zset\n+ 5 s cache" },
      h = { type = "token", name = "ship it", decision = "before", option = "hope", short = "ship and watch",
            label = "ship and\nwatch" },
      i = { type = "token", name = "load test", decision = "before", option = "load", short = "load test 3x peak",
            label = "load test\nat 3x peak" },
      T = { type = "terminal", name = "server tick", speaker = "race_server.py",
            text = "The race server runs the simulation at 30 ticks a second; clients send only their inputs.",
            quiz = "gd_srv_2" },
      R = { type = "terminal", name = "cheat report", speaker = "Community team",
            text = "Beta weekend: 412 scores above the game's possible maximum, all from modded clients.",
            quiz = "gd_srv_3" },
      L = { type = "terminal", name = "leaderboard code", speaker = "board.py",
            text = "The leaderboard service keeps every player's best score in Redis.",
            quiz = "gd_lb_1" },
      P = { type = "terminal", name = "load-test plan", speaker = "Launch checklist",
            text = "Wishlists say 200,000 players at 9:00 on Friday. Staging is a copy of production.",
            quiz = "gd_lb_3" },
      V = { type = "review", name = "review desk" },
      Q = { type = "skill", name = "servers orb", skill = "game_servers" },
      Z = { type = "skill", name = "backend orb", skill = "game_backend" },
      W = { type = "marker", name = "launch approved" },
      w = { type = "prop", sprite = "architect_whiteboard" },
      j = { type = "prop", sprite = "games_crt" },
      k = { type = "prop", sprite = "games_beanbag" },
      y = { type = "tall_prop", sprite = "games_arcade" },
    },
    rows = {
      "###################E##############",
      "#W...w.....w.....w.....w.......y.#",
      "#................................#",
      "#...As......l......t......b......#",
      "#................................#",
      "#...............X................#",
      "#................................#",
      "#..a......c......d......e........#",
      "#................................#",
      "#................................#",
      "#..f......g......h......i........#",
      "#................................#",
      "#.Q...........................Z..#",
      "#...........................U....#",
      "#.@......T.....R.....L.....P.....#",
      "#..j.k.........................V.#",
      "##################################",
    },
  },

  dialogue = {
    amara = {
      { "Amara Okafor, principal engineer, online services", "You fixed COMET's loop, its collisions "
        .. "and its 3D demo. On Friday it goes online, with a global leaderboard." },
      "Launch days break games in the same few ways: cheaters, bots, a database that cannot keep up, "
        .. "and limits nobody measured. Four decisions on the wall, one for each.",
      "Put a card on every slot, then pull the launch lever: it plays Friday against your design. "
        .. "Change your mind as often as you like.",
      "Authoritative servers are yours to earn. First, the question that matters most:",
    },
    luis = {
      { "Luis Ortega, backend lead", "I run the services around the game: accounts, saves, the "
        .. "leaderboard. On Friday they all get 200,000 players in the same minute." },
      "Amara decides who to trust; I decide what holds the load. Game backends are yours to earn: "
        .. "tell me how you would serve the board.",
    },
  },

  exercises = {
    gd_srv_1 = {
      kind = "choice", skill = "game_servers", scenario = true,
      prompt = "COMET's client posts each run's final score to the leaderboard API. How do you stop fake scores?",
      choices = {
        { "The client sends its inputs; the server replays the run and computes the score", right = true,
          why = "The server decides from what it saw; a modded client can only send inputs." },
        { "Sign the score inside the client with a secret key",
          why = "The key ships in the client: anyone who extracts it can sign any score." },
        { "Reject scores above 1,000,000",
          why = "Stops the silliest fakes; 999,999 still tops the board." },
      },
      explain = "Never trust the client: it runs on the player's machine. Let the server compute or verify results; bounds checks are a second line, not the first.",
    },
    gd_srv_2 = {
      kind = "sort", skill = "game_servers",
      prompt = "In an online racing game, who should decide each of these?",
      bins = { "Client may", "Server must" },
      items = {
        { "Where my car is drawn before the server replies", bin = 1, why = "Prediction hides lag; the server corrects it." },
        { "Camera angle and menu colours", bin = 1, why = "Only affects what this player sees." },
        { "Whether I crossed the finish line first", bin = 2, why = "Decides the race: the server's call." },
        { "My lap time", bin = 2, why = "Goes on the leaderboard: computed from server ticks." },
        { "Whether a bumped car spins out", bin = 2, why = "Affects other players: server simulation." },
      },
      explain = "The client predicts and draws; the server owns everything that changes the shared game or a ranking.",
    },
    gd_srv_3 = {
      kind = "order", skill = "game_servers",
      prompt = "Put one tick of an authoritative game server in order.",
      items = {
        { "Receive the inputs clients sent since the last tick", why = "Inputs only, never positions or scores." },
        { "Validate them: rate, range, is the move possible?", why = "Drop impossible input before it runs." },
        { "Step the simulation one fixed tick", why = "The same fixed timestep as level 1, on the server." },
        { "Send each client a snapshot of the state", why = "The truth, which clients reconcile with." },
      },
      explain = "Receive, validate, simulate, broadcast: a fixed tick keeps every match deterministic, and clients correct their predictions from the snapshots.",
    },
    gd_lb_1 = {
      kind = "fill", skill = "game_backend", language = "python",
      prompt = "Record a verified score in a Redis sorted set and read the top 100, best first (redis-py).",
      code = [==[
import redis
r = redis.Redis()

def record(player_id, score):
    r.{1}("board", {player_id: score}, gt=True)

def top100():
    return r.zrange("board", 0, 99,
                    {2}, withscores=True)
]==],
      blanks = {
        { options = { "zadd", "sadd", "lpush" }, answer = 1,
          why = {
            "zadd stores the member with its score; gt=True keeps only a new best.",
            "sadd is a plain set: no scores, no order.",
            "lpush appends to a list: sorting 3 million entries per view.",
          } },
        { options = { "desc=True", "desc=False" }, answer = 1,
          why = {
            "Highest scores first: ZRANGE ... REV.",
            "Lowest first: the 100 worst players.",
          } },
      },
      explain = "A sorted set keeps members ordered by score, so the top 100 and a player's rank (ZREVRANK) are cheap reads at any size.",
    },
    gd_lb_2 = {
      kind = "choice", skill = "game_backend", scenario = true,
      prompt = "200,000 players refresh the top-100 page every few seconds at launch. How do you serve it?",
      choices = {
        { "From a Redis sorted set, the page cached for 5 seconds", right = true,
          why = "One cheap read every 5 s; players accept a board a few seconds old." },
        { "SELECT ... ORDER BY score DESC LIMIT 100 on every view",
          why = "Sorting millions of rows tens of thousands of times a second melts the database." },
        { "Recompute the board once a day overnight",
          why = "Cheap, but a launch-day board that ignores today's scores." },
      },
      explain = "Serve hot reads from a structure built for them, and cache what may be slightly stale. Decide how stale is acceptable, and say it.",
    },
    gd_lb_3 = {
      kind = "order", skill = "game_backend",
      prompt = "Plan the load test before Friday's launch. Put the steps in order.",
      items = {
        { "Estimate the peak: 200,000 players at 9:00", why = "The number to test against." },
        { "Script real journeys: log in, play, submit, view the board", why = "Test what players do, not one endpoint." },
        { "Ramp up to 3x the peak in staging", why = "Headroom for a launch bigger than hoped." },
        { "Find the first thing that breaks, and fix it", why = "Pool sizes, limits, slow queries." },
        { "Run it again until 3x holds", why = "A fix only counts once it is measured." },
      },
      explain = "Load testing finds limits before players do. Test realistic journeys above the expected peak, and repeat after every fix.",
    },
  },

  hints = {
    "Amara stands at the wall: walk next to her and press {confirm}.",
    "Take the servers orb and answer Amara, the server tick or the cheat report.",
    "Luis, in the south-east, asks about the leaderboard; the backend orb is near him.",
    "One card on every slot, then the launch lever: the panel shows what breaks.",
  },

  goals = {
    { talk = "Amara", text = "Talk to Amara",
      hint = "Amara stands by the wall north of you: press {confirm} next to her." },
    { collect = "game_servers", text = "Hold authoritative servers",
      hint = "The servers orb, then Amara, the server tick or the cheat report." },
    { collect = "game_backend", text = "Hold game backends",
      hint = "The backend orb, then Luis, the leaderboard code or the load-test plan." },
    { reach = "launch approved", text = "Launch day holds",
      hint = "Server decides scores, a rate limit, a sorted set with a cache, a load test. Then the lever." },
  },

  grants = { xp = 80 },

  on_start = function() launch().panel() end,

  on_collect = function() sq.xp(10) end,

  on_interact = function(e)
    if e.name == "Amara" and refresh().start({
      { "python", "gd_warm_python" }, { "game_loop", "gd_loop_3" }, { "delta_time", "gd_dt_4" } }) then
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
