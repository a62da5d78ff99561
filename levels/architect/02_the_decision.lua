-- levels/architect/02_the_decision.lua: the Architect's Office, level 2.
-- The design holds; now it must be decided on the record and explained. The
-- player writes the decision record by ordering its parts and sorting the
-- arguments, finds the line a reviewer would send back, then explains the
-- design to Yusuf, who owns the budget and does not read latency charts.
-- The board of level 1 stands in the room with the player's own design on
-- it (kept by the quest), and the panel shows what it costs and prevents.
-- Play order: Elena -> decision record desk (technical decisions orb,
-- the record, the draft) -> gate (technical decisions held) -> meeting room
-- (communication orb, the pitch notes, Yusuf) -> exit.

local board = sq.module("board")

local function design()
  local kept = sq.kept("design")
  local list = {}
  if kept then
    for id in kept:gmatch("[a-z_]+") do list[#list + 1] = id end
  end
  -- A player who came straight here (a level pack, a test) sees a design
  -- that holds: the board's own answer.
  if #list == 0 then
    list = { "app", "app", "app", "app", "cache", "canary", "cdn", "database", "load_balancer",
             "monitoring", "queue", "replica", "secrets" }
  end
  return list
end

local asked_yusuf = false

return {
  format = 1,
  id = "architect.decision",
  quest = "architect",
  title = "The Decision",
  brief = "Your design holds. Now write down why, so the next engineer does not have to guess, "
    .. "and win the budget from Yusuf in his words. Talk to Elena first; {hint} gives a hint.",
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
    marker = { hidden = true, props = {} },
  },

  map = {
    theme = "architect",
    legend = {
      M = { type = "mentor", name = "Elena", dialogue = "elena", look = "elena", facing = "down" },
      Y = { type = "mentor", name = "Yusuf", dialogue = "yusuf", look = "yusuf", facing = "left" },
      A = { type = "terminal", name = "decision record", speaker = "ADR 0007 (draft)",
            text = "Seat sales: one transactional database. Status: proposed. Sort the arguments, "
              .. "then put the record in order.",
            quiz = "arch_adr_2", more = "arch_adr_1" },
      D = { type = "terminal", name = "reviewer's copy", speaker = "Reviewer's copy",
            text = "A colleague's draft record for the search feature. One line would not survive review.",
            quiz = "arch_adr_3" },
      T = { type = "terminal", name = "pitch notes", speaker = "Pitch notes",
            text = "Yusuf decides the budget. He needs the choice, the risk and the cost: not the tiers.",
            quiz = "arch_talk_2", more = "arch_talk_3" },
      G = { type = "gate", name = "meeting room gate", requires = "tech_decisions" },
      ["1"] = { type = "skill", name = "decisions orb", skill = "tech_decisions" },
      ["2"] = { type = "skill", name = "communication orb", skill = "communication" },
      w = { type = "prop", sprite = "architect_whiteboard" },
      t = { type = "prop", sprite = "architect_drafting_table" },
      b = { type = "prop", sprite = "architect_blueprints" },
      p = { type = "prop", sprite = "architect_display" },
      h = { type = "prop", sprite = "architect_armchair" },
    },
    rows = {
      "##############################E#########",
      "#w.....p......t.#b.....w.....p........h#",
      "#...............#......................#",
      "#..A.......D....#......................#",
      "#...............#..........T...........#",
      "#.......M.......#......................#",
      "#...............#..2.............Y.....#",
      "#...............G......................#",
      "#..1............#......................#",
      "#h..............#.h..................h.#",
      "#.......@.......#......................#",
      "#t.............b#p.........w..........t#",
      "########################################",
    },
  },

  dialogue = {
    elena = {
      { "Elena Varga, principal architect", "It holds. Good. Six months from now someone will "
        .. "ask why seat sales are not on the shiny NoSQL store. Will the answer still be here?" },
      "That is what an architecture decision record is for: the context, the decision and its "
        .. "consequences, short, dated, kept beside the code.",
      "The record is on the desk. Sort the arguments first: some are reasons, some are costs we "
        .. "accept, and some are not reasons at all.",
    },
    yusuf = {
      { "Yusuf Demir, product manager", "Finance asked me why the concert needs all these boxes "
        .. "when the old site ran on one server for six hundred and fifty dollars a month." },
      "I have to answer them in plain words. Which answer do I take upstairs?",
    },
  },

  exercises = {
    arch_adr_1 = {
      kind = "order", skill = "tech_decisions",
      prompt = "Put the decision record's parts in the order a reader needs them.",
      items = {
        "Title: seat sales on one transactional database",
        "Status: accepted, with the date",
        "Context: 12,000 requests/s at ten; no seat sold twice",
        "Decision: orders on the primary, reads on cache and replica",
        "Consequences: writes scale up only; a second region needs a new record",
      },
      explain = "The usual ADR template (adr-tools, after Michael Nygard): title, status, context, "
        .. "decision, consequences. The context says which forces applied; the consequences say "
        .. "what got harder, not only easier.",
    },
    arch_adr_2 = {
      kind = "sort", skill = "tech_decisions",
      prompt = "Sort each line: a reason for the decision, a cost we accept, or not a reason.",
      bins = { "Reason", "Cost we accept", "Not a reason" },
      items = {
        { "Transactions guarantee a seat is sold once", bin = 1,
          why = "The requirement that decides it: correctness of the inventory." },
        { "The team already runs this database well", bin = 1,
          why = "Skills on the team are a real force: operating it is most of the cost." },
        { "One primary caps orders at about 2,000 a second", bin = 2,
          why = "A known limit: write it down with the number, so nobody is surprised." },
        { "A second region would need another design", bin = 2,
          why = "A consequence: the next team knows what this decision does not cover." },
        { "The NoSQL vendor gave a great demo", bin = 3,
          why = "A demo is not a requirement; it says nothing about seats sold twice." },
        { "Everybody uses microservices now", bin = 3,
          why = "Fashion is not a force on this system." },
      },
      explain = "A record that lists the costs it accepts is trusted; one that only sells the "
        .. "choice is not. Reasons come from requirements and the team, never from fashion.",
    },
    arch_adr_3 = {
      kind = "code", skill = "tech_decisions", language = "text",
      prompt = "A draft record for the search feature. Which line would a reviewer send back?",
      code = [[
# ADR 0008: Event search on PostgreSQL full-text
Status: proposed, 2026-12-07
Context: 40,000 events; searches by name and city;
  p95 under 300 ms; no new service to run.
Decision: PostgreSQL full-text search with a GIN index.
Options: Elasticsearch was considered; it is the best.
Consequences: no typo tolerance; revisit at 1M events.]],
      answer = 6,
      why = {
        [6] = "'It is the best' is not a reason. Say why it lost here: another service to run "
          .. "and pay for, for 40,000 events.",
        [3] = "Numbers in the context are what make the decision checkable later.",
        [7] = "Consequences with a trigger to revisit are exactly what a reader needs.",
      },
      explain = "Every option considered needs the reason it lost, in this system's terms, so the "
        .. "decision can be revisited honestly when the terms change.",
    },
    arch_talk_1 = {
      kind = "choice", skill = "communication", scenario = true,
      prompt = "Finance asks why the sale needs over $2,000 a month, not $650 for one server. "
        .. "What does Yusuf take upstairs?",
      choices = {
        { "One server fails at ten, when the sale matters; each part prevents a failure, priced",
          right = true,
          why = "It speaks of effects Finance cares about: lost sales, refunds and their cost." },
        { "The app tier would run at 96% utilisation, so p95 latency would diverge",
          why = "True, but in words Finance cannot weigh against the extra cost." },
        { "It is industry best practice for high availability",
          why = "An appeal to authority: it gives Finance nothing to decide with." },
        { "Trust the engineers: we know what we are doing",
          why = "It asks for trust instead of earning it, and helps Yusuf not at all." },
      },
      explain = "To a non-technical decision maker, talk about outcomes, risks and money, with a "
        .. "recommendation; keep the numbers that matter and leave the jargon behind.",
    },
    arch_talk_2 = {
      kind = "order", skill = "communication",
      prompt = "Yusuf has five minutes. Put the pitch in order.",
      items = {
        "The decision he needs to make, in one sentence",
        "The options, in his words",
        "What each costs, and what can go wrong with it",
        "Your recommendation, and why",
        "What would change your mind",
      },
      explain = "Lead with the decision, not the background: a busy listener then hears everything "
        .. "else as an argument about it. Saying what would change your mind shows it is a judgement.",
    },
    arch_talk_3 = {
      kind = "fill", skill = "communication", language = "text",
      prompt = "Say 'p95 latency 123 ms at 12,000 requests/s' in Yusuf's words.",
      code = [[
{1} buyers in twenty see the page
within {2},
even at ten o'clock on sale day.]],
      blanks = {
        { options = { "Nineteen", "All", "Ten" }, answer = 1,
          why = { "p95: 95 in 100, nineteen in twenty, are at or under it.",
                  "p95 promises nothing for the slowest one in twenty.",
                  "That would be the median (p50), not p95." } },
        { options = { "an eighth of a second", "a second", "a minute" }, answer = 1,
          why = { "123 ms is about an eighth of a second.",
                  "Eight times slower than the design gives.",
                  "Nobody waits a minute; nor does the design ask them to." } },
      },
      explain = "Translate the metric into what a person experiences, and keep it true: p95 speaks "
        .. "for 19 in 20, not for everyone.",
    },
  },

  hints = {
    "Elena stands near the start: walk next to her and press {confirm}.",
    "Take the decisions orb, then the decision record on the desk: the gate opens.",
    "The reviewer's copy is a draft with one weak line: find it.",
    "In the meeting room: the communication orb, the pitch notes, then Yusuf.",
  },

  goals = {
    { talk = "Elena", text = "Talk to Elena",
      hint = "Elena stands just above where you start: press {confirm} next to her." },
    { collect = "tech_decisions", text = "Hold technical decisions",
      hint = "Take the decisions orb, then sort and order the decision record." },
    { answer = "arch_adr_3", text = "Review a colleague's record",
      hint = "The reviewer's copy, on the desk east of the record: one line gives no reason." },
    { collect = "communication", text = "Hold communication",
      hint = "Take the communication orb in the meeting room, then the pitch notes." },
    { answer = "arch_talk_1", text = "Win Yusuf's budget",
      hint = "Talk to Yusuf, then choose the answer in Finance's words." },
  },

  grants = { xp = 80 },

  on_start = function()
    local list = design()
    local rows, all = board.evaluate(list)
    local lines = { title = "Your design: " .. #list .. " parts" }
    for _, row in ipairs(rows) do lines[#lines + 1] = board.line(row) end
    if not all then lines.title = "Your design: some NO" end
    sq.panel(lines)
  end,

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_interact = function(e)
    if e.name == "Yusuf" and not asked_yusuf then sq.ask({ "arch_talk_1" }) end
  end,

  on_answer = function(id, correct)
    if correct then
      sq.xp(10)
      if id == "arch_talk_1" then asked_yusuf = true end
    end
  end,
}
