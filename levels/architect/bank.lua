-- levels/architect/bank.lua: review-only exercises of the Architect's Office.
-- The levels hold the exercises they ask; these come back in spaced review, so
-- mastery of the capstone's skills is earned on items the player has not seen.
return {
  format = 1,
  quest = "architect",
  exercises = {
    arch_scale_4 = {
      kind = "choice", skill = "scalability", scenario = true,
      prompt = "The app servers run at 40% at peak, yet checkout takes two seconds. The database "
        .. "primary runs at 97%. What do you add first?",
      choices = {
        { "Take reads off the primary: a cache for hot data, a replica for the rest", right = true,
          why = "The primary is the bottleneck; a tier at 97% queues every request that reaches it." },
        { "Two more app servers",
          why = "They are at 40%: more of them send the same load to the same full database." },
        { "A CDN",
          why = "It helps static files, which never reached the database anyway." },
      },
      explain = "Scale the tier that is full. Adding capacity anywhere else costs money and moves "
        .. "nothing the user feels.",
    },
    arch_design_4 = {
      kind = "order", skill = "system_design",
      prompt = "A design review of a new system. Put the conversation in order.",
      items = {
        "Agree the requirements: load, correctness, recovery, budget",
        "Sketch the simplest design that could meet them",
        "Test it against failures: a spike, a dead database, a bad deploy",
        "Fix what breaks, one change at a time",
        "Write the decision down with what it costs",
      },
      explain = "Requirements first, then the simplest design, then failure scenarios. A design "
        .. "never tested against a failure has only been tested against good days.",
    },
    arch_adr_4 = {
      kind = "choice", skill = "tech_decisions",
      prompt = "A year later the team wants to move seat sales to another database. What happens "
        .. "to ADR 0007?",
      choices = {
        { "It stays; a new record supersedes it and says why the context changed", right = true,
          why = "Records are an append-only log: the old reasoning stays readable, marked superseded." },
        { "Delete it: it is out of date",
          why = "Then nobody can see why the first choice was made, or what changed since." },
        { "Edit its decision to match the new plan",
          why = "Rewriting history hides the change; the new decision needs its own context." },
      },
      explain = "An ADR is immutable once accepted: a new record supersedes it, and both stay, so "
        .. "the history of the reasoning survives.",
    },
    arch_talk_4 = {
      kind = "sort", skill = "communication",
      prompt = "Yusuf is in the room. Keep each line, or say it another way?",
      bins = { "Say it so", "Say it another way" },
      items = {
        { "If the database dies, buyers wait a minute, not two hours", bin = 1,
          why = "An effect he can weigh, with a number." },
        { "We need a read replica with async replication", bin = 2,
          why = "Jargon: say what it buys him, a sale that survives a dead database." },
        { "This costs $400 a month and prevents a two-hour outage", bin = 1,
          why = "Cost and what it prevents, side by side: a decision he can make." },
        { "p95 at 96% utilisation diverges", bin = 2,
          why = "True, and meaningless to him: say that pages would crawl at ten o'clock." },
      },
      explain = "Keep the numbers that matter to the listener, and translate the mechanism into "
        .. "its effect on users and money.",
    },
  },
}
