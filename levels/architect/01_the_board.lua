-- levels/architect/01_the_board.lua: the Architect's Office, the capstone, level 1.
-- The player, now designing rather than building, gets the requirements of a
-- ticketing system from its product manager and designs it on the board in
-- the office: components carried from the shelves to the board's slots. The
-- scenario runner simulates the design (scripts/lib/systems.lua) against an
-- on-sale spike, a failed database, a bad deploy and a leaked key, and shows
-- what holds and what breaks in numbers. The exit opens once every
-- requirement holds within the budget.
-- Play order: lobby (Elena, the scalability orb, the load notes) -> gate
-- (scalability held) -> office (Yusuf, the system design orb, the board, the
-- runner, the design notes) -> exit.

local function board()
  return sq.module("board")
end

return {
  format = 1,
  id = "architect.board",
  quest = "architect",
  title = "The Board",
  brief = "Tickets for the biggest concert of the year go on sale next month. Design the system "
    .. "that sells them, and prove it holds. Talk to Elena first; {hint} gives a hint.",
  music = "music_hub",

  behaviours = {
    terminal = {
      sprite = "terminal", frames = 2, rate = 40, size = { 14, 12 }, offset = { -1, -4 }, solid = true,
      props = { speaker = "who the text is from", text = "what it says first",
                quiz = "an exercise id", more = "a second exercise id" },
      on_interact = function(self)
        if self.props.text then sq.say(self.props.speaker or "Notes", self.props.text) end
        sq.ask({ self.props.quiz, self.props.more })
      end,
    },
    -- A component on a shelf: carried to a slot of the board.
    component = {
      sprite = "token_card_blue", solid = true, size = { 12, 12 },
      props = { component = "its id in scripts/lib/systems.lua" },
      on_spawn = function(self) board().dress(self) end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    -- A place on the design board.
    spot = {
      sprite = "slot", solid = true,
      props = {},
      on_place = function(self, token) return board().place(self, token) end,
      on_take = function(self, token) board().take(self, token) end,
      on_interact = function(self)
        sq.say("Design board", "An empty place on the board. Carry a component here with {confirm}.")
      end,
    },
    -- Runs the design against the four scenarios.
    runner = {
      sprite = "terminal", frames = 2, rate = 20, size = { 14, 12 }, offset = { -1, -4 }, solid = true,
      props = {},
      on_spawn = function(self) sq.set_label(self.id, "Scenario runner", true) end,
      on_interact = function(self) board().run() end,
    },
    door = {
      sprite = "gate_closed", solid = true,
      props = {},
      on_spawn = function(self) board().door(self.id) end,
      on_interact = function(self)
        sq.say("Door", "It opens when the design meets every requirement. Run the scenarios.")
      end,
    },
    marker = { hidden = true, props = {} },
  },

  map = {
    theme = "architect",
    legend = {
      M = { type = "mentor", name = "Elena", dialogue = "elena", look = "elena", facing = "down" },
      Y = { type = "mentor", name = "Yusuf", dialogue = "yusuf", look = "yusuf", facing = "down" },
      N = { type = "terminal", name = "load notes", speaker = "Load notes",
            text = "Last year's sale: 12,000 requests a second at 10:00, for about two minutes. "
              .. "Forty per cent were images and scripts. The old single server fell over.",
            quiz = "arch_scale_1", more = "arch_scale_2" },
      P = { type = "terminal", name = "design notes", speaker = "Design notes",
            text = "Each component answers a need. Name the need first, then the component: "
              .. "never the other way round.",
            quiz = "arch_design_1", more = "arch_design_3" },
      R = { type = "runner", name = "scenario runner" },
      G = { type = "gate", name = "office gate", requires = "scalability" },
      X = { type = "door", name = "exit door" },
      H = { type = "marker", name = "design holds" },
      ["1"] = { type = "skill", name = "scalability orb", skill = "scalability" },
      ["2"] = { type = "skill", name = "system design orb", skill = "system_design" },
      A = { type = "spot", name = "board 1" },
      B = { type = "spot", name = "board 2" },
      C = { type = "spot", name = "board 3" },
      D = { type = "spot", name = "board 4" },
      F = { type = "spot", name = "board 5" },
      I = { type = "spot", name = "board 6" },
      J = { type = "spot", name = "board 7" },
      K = { type = "spot", name = "board 8" },
      L = { type = "spot", name = "board 9" },
      O = { type = "spot", name = "board 10" },
      Q = { type = "spot", name = "board 11" },
      S = { type = "spot", name = "board 12" },
      T = { type = "spot", name = "board 13" },
      U = { type = "spot", name = "board 14" },
      c = { type = "component", name = "CDN", component = "cdn" },
      l = { type = "component", name = "load balancer", component = "load_balancer" },
      a = { type = "component", name = "app server 1", component = "app" },
      e = { type = "component", name = "app server 2", component = "app" },
      f = { type = "component", name = "app server 3", component = "app" },
      g = { type = "component", name = "app server 4", component = "app" },
      i = { type = "component", name = "app server 5", component = "app" },
      k = { type = "component", name = "cache", component = "cache" },
      d = { type = "component", name = "database", component = "database" },
      r = { type = "component", name = "read replica 1", component = "replica" },
      u = { type = "component", name = "read replica 2", component = "replica" },
      q = { type = "component", name = "queue", component = "queue" },
      m = { type = "component", name = "monitoring", component = "monitoring" },
      v = { type = "component", name = "secrets manager", component = "secrets" },
      y = { type = "component", name = "canary deploys", component = "canary" },
      n = { type = "component", name = "NoSQL store", component = "nosql" },
      w = { type = "prop", sprite = "architect_whiteboard" },
      t = { type = "prop", sprite = "architect_drafting_table" },
      b = { type = "prop", sprite = "architect_blueprints" },
      p = { type = "prop", sprite = "architect_display" },
      h = { type = "prop", sprite = "architect_armchair" },
    },
    rows = {
      "#############################E##########",
      "#w.......t.#p.....w......p..#X#w......b#",
      "#..........#.......................H...#",
      "#..N.......#....A..B..C..D..F..I..J....#",
      "#..........#...........................#",
      "#...M......#....K..L..O..Q..S..T..U....#",
      "#..........#...........................#",
      "#..........#..Y.......R.........P....2.#",
      "#.......1..G...........................#",
      "#..........#...........................#",
      "#..........#..c..l..a..e..f..g..i......#",
      "#h.........#...........................#",
      "#....@.....#..k..d..r..u..n..q.........#",
      "#..........#...........................#",
      "#b........t#..m..v..y..............h..t#",
      "########################################",
    },
  },

  dialogue = {
    elena = {
      { "Elena Varga, principal architect", "Welcome to the Architect's Office. Until now you "
        .. "built to someone else's blueprint. Here you draw it." },
      "A design starts from the requirements, not from the tools: how much load, what must "
        .. "never go wrong, how fast it must recover, and what it may cost.",
      "Scaling is where most designs begin. The scalability orb is behind me, the load notes on "
        .. "the wall. Hold scalability and the office gate opens; Yusuf waits inside.",
    },
    yusuf = {
      { "Yusuf Demir, product manager", "The concert sale is in a month. Here is what I need, "
        .. "in my words: the site stays up and fast when everyone clicks at ten o'clock." },
      "No seat is ever sold twice. If the database dies, we are back within five minutes. A bad "
        .. "release must not break checkout for everyone, and a leaked key must be dead within the hour.",
      "And finance says two thousand five hundred dollars a month, all in. The board is yours: "
        .. "carry components from the shelves, then ask the scenario runner what happens.",
    },
  },

  exercises = {
    arch_scale_1 = {
      kind = "order", skill = "scalability",
      prompt = "Checkout is slow at peak. Put the work in the order that finds the real fix.",
      items = {
        "Measure p95 latency and errors under realistic load",
        "Find the tier running closest to its capacity",
        "Change one thing at that tier",
        "Measure again under the same load",
        "Keep headroom for the next spike",
      },
      explain = "Measure, find the bottleneck, change one thing, measure again. Fixing a tier that "
        .. "is not the bottleneck costs money and changes nothing the user feels.",
    },
    arch_scale_2 = {
      kind = "choice", skill = "scalability", scenario = true,
      prompt = "You add a second app server behind the load balancer, and users are logged out "
        .. "at random. Sessions live in each server's memory. What do you do?",
      choices = {
        { "Keep sessions in a shared store (or a signed cookie), so servers hold no state",
          right = true,
          why = "Stateless servers let any server take any request: adding or losing one logs nobody out." },
        { "Turn on sticky sessions at the load balancer and move on",
          why = "It hides the problem: when a server dies or is replaced, its users still lose their sessions." },
        { "Go back to one bigger server",
          why = "Vertical scaling has a ceiling and a single point of failure: the sale would still fall over." },
      },
      explain = "Horizontal scaling works when app servers keep no local state between requests; "
        .. "the state lives in a database, a cache such as Redis, or the client.",
    },
    arch_scale_3 = {
      kind = "sort", skill = "scalability",
      prompt = "Vertical or horizontal? Sort each change.",
      bins = { "Vertical", "Horizontal" },
      items = {
        { "Move the database to a machine with twice the cores", bin = 1,
          why = "A bigger machine: simple, but it has a ceiling and stays one point of failure." },
        { "Add app servers behind a load balancer", bin = 2,
          why = "More machines sharing the work: the classic horizontal step." },
        { "Add read replicas for the event pages", bin = 2,
          why = "More database machines, each taking a share of the reads." },
        { "Give the one app server more memory", bin = 1,
          why = "Still one machine, only larger." },
        { "Split orders across databases by event id", bin = 2,
          why = "Sharding spreads the data itself over machines." },
      },
      explain = "Vertical scaling buys a bigger machine; horizontal scaling adds machines. "
        .. "Horizontal scales further, but asks for stateless servers and a plan for data.",
    },
    arch_design_1 = {
      kind = "sort", skill = "system_design",
      prompt = "Each need has a component that answers it. Which one?",
      bins = { "Cache", "Queue", "Read replica" },
      items = {
        { "The seat map is read 50 times per purchase", bin = 1,
          why = "Hot, repeated reads of the same data: keep them in memory." },
        { "1,800 orders a second for two minutes", bin = 2,
          why = "A queue takes the burst at once and workers apply it at the database's pace." },
        { "Finance's report scans a year of sales", bin = 3,
          why = "Long reads on a replica keep the primary free for orders." },
        { "Confirmation emails after each order", bin = 2,
          why = "Slow, retryable work belongs off the request path." },
        { "A failover target if the primary dies", bin = 3,
          why = "A replica holds a copy that can be promoted to primary." },
        { "Event pages that change once a day", bin = 1,
          why = "Rarely changing, often read: cache them (or put them on the CDN)." },
      },
      explain = "Name the need, then pick the component. A cache answers hot reads, a queue bursts "
        .. "and slow work, a replica reads, reports and failover.",
    },
    arch_design_2 = {
      kind = "choice", skill = "system_design", scenario = true,
      prompt = "Someone proposes the board's multi-region NoSQL store (eventually consistent "
        .. "across regions) for seat sales: cheaper and faster than the database and a replica. "
        .. "What do you decide?",
      choices = {
        { "Keep seat sales on the transactional database; NoSQL may serve the catalogue",
          right = true,
          why = "An eventually consistent store lets two buyers take the same seat: the one failure "
            .. "the requirements forbid." },
        { "Take the NoSQL store: it is cheaper and faster",
          why = "Cheaper and faster, but it sells seats twice under a rush. Correctness is a requirement." },
        { "Use both and write every order to each",
          why = "Two stores with no transaction between them can disagree; you now need to reconcile them." },
      },
      explain = "Pick the store by the guarantee the data needs: inventory that must never be sold "
        .. "twice needs transactions; a read-mostly catalogue does not.",
    },
    arch_design_3 = {
      kind = "fill", skill = "system_design", language = "text",
      prompt = "12,000 requests/s at the on-sale; the CDN answers the 40% that are static. An app "
        .. "server handles 2,500/s; keep each under about 75% busy. How many?",
      code = [[
requests reaching the app servers: {1} per second
app servers needed: {2}]],
      blanks = {
        { options = { "7,200", "4,800", "12,000" }, answer = 1,
          why = { "60% of 12,000 pass the CDN: 7,200.",
                  "4,800 is the 40% the CDN answers, not what passes it.",
                  "12,000 ignores the CDN in front." } },
        { options = { "4", "3", "5" }, answer = 1,
          why = { "7,200 / (2,500 x 0.75) = 3.84: round up to 4.",
                  "3 servers run at 96%: latency climbs steeply near capacity.",
                  "5 works, but costs a server the numbers do not need." } },
      },
      explain = "Capacity planning is arithmetic with headroom: a tier near 100% busy queues "
        .. "requests, and its latency climbs long before it errors.",
    },
  },

  hints = {
    "Elena stands near the start: walk next to her and press {confirm}.",
    "Take the scalability orb, then answer the load notes on the wall: the gate opens.",
    "Talk to Yusuf for the requirements; the system design orb is by the east wall.",
    "Carry components with {confirm} and place them on the board's squares. The runner judges.",
    "Read the runner's panel: fix the first line that is red, then run it again.",
  },

  goals = {
    { talk = "Elena", text = "Talk to Elena",
      hint = "Elena stands just above where you start: press {confirm} next to her." },
    { collect = "scalability", text = "Hold scalability",
      hint = "Take the scalability orb, then answer the load notes." },
    { talk = "Yusuf", text = "Hear Yusuf's requirements",
      hint = "Yusuf stands inside the office, west of the board." },
    { collect = "system_design", text = "Hold system design",
      hint = "Take the system design orb by the east wall, then the design notes." },
    { reach = "design holds", text = "A design that meets every requirement",
      hint = "Place components on the board and run the scenarios until every line is green." },
  },

  grants = { xp = 80 },

  on_start = function()
    board().show()
  end,

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_answer = function(id, correct)
    if correct then sq.xp(10) end
  end,
}
