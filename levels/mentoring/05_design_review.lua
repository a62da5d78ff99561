-- levels/mentoring/05_design_review.lua: the Mentoring and Teaching quest,
-- level 5, its design review: the player, now the engineer who runs the
-- team's mentoring, designs how the team grows. Noor joins on Monday; the
-- player builds her first week with the quest's mechanic (lib/juniors.lua):
-- a working setup and access on day one, a buddy (Tobi, from the first
-- level, one year in now), and a small first task, each in its turn. A big
-- project or a week alone with the wiki is refused in her words; shipping
-- her task for her brings her back stuck. Luis, the product manager, needs
-- a trade-off explained: the export built fast by a senior alone, or by a
-- junior with pairing.
-- Play order: Amara -> mentoring orb -> Luis (scenario, order, fill) ->
-- programme board -> onboarding orb -> first-week plan (order, sort) ->
-- Noor's week -> exit.
-- Facts: FACTS.md.

local function juniors()
  return sq.module("juniors")
end

local asked = {}

return {
  format = 1,
  id = "mentoring.design_review",
  quest = "mentoring",
  title = "Design Review: Growing the Team",
  brief = "The team doubles this year, and Noor starts on Monday. Design how the team grows, "
    .. "and explain the cost to product. Talk to Amara first; {hint} gives a hint.",
  music = "mentoring_study",
  requires = { "code_review", "giving_feedback", "pair_programming", "documentation" },

  behaviours = {
    junior = {
      sprite = "mentor", frames = 2, rate = 30, solid = true, size = { 12, 10 }, offset = { -2, -6 },
      props = { needs = "the help kinds needed, in order", problem = "what they say, one per need, split by |" },
      on_spawn = function(self)
        if self.props.look then sq.set_sprite(self.id, "person_" .. self.props.look .. "_down", 2, 36) end
        juniors().junior_spawned(self)
      end,
      on_interact = function(self) juniors().talk(self.name) end,
      on_place = function(self, token) return juniors().place(self, token) end,
    },
    help = {
      sprite = "mentoring_lectern", solid = true,
      props = { kind = "the help it hands out", label = "its words", pic = "the card's sprite" },
      on_spawn = function(self) juniors().stack_spawned(self) end,
      on_interact = function(self) juniors().take_card(self) end,
    },
    card = {
      sprite = "token_card_yellow", solid = true, size = { 12, 12 },
      props = { kind = "the help", label = "its words", pic = "its sprite" },
      on_spawn = function(self)
        if self.props.pic then sq.set_sprite(self.id, self.props.pic) end
      end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    -- A terminal asks its exercises under its own name ("Review queue (1 of
    -- 2)"): the shared one gives sq.ask no title.
    terminal = {
      sprite = "terminal", frames = 2, rate = 40, size = { 14, 12 }, offset = { -1, -4 }, solid = true,
      props = { quiz = "the exercises it asks: \"a, b\"" },
      on_interact = function(self)
        local ids = {}
        for id in string.gmatch(self.props.quiz, "[%w_]+") do ids[#ids + 1] = id end
        sq.ask(ids, (self.name:gsub("^%l", string.upper)))
      end,
    },
    marker = { hidden = true },
  },

  map = {
    theme = "mentoring",
    legend = {
      M = { type = "mentor", name = "Amara", dialogue = "amara", look = "amara", facing = "down" },
      L = { type = "mentor", name = "Luis", dialogue = "luis", look = "luis", facing = "down" },
      ["1"] = { type = "junior", name = "Noor", look = "leila", needs = "setup, buddy, firsttask",
        problem = "Hi! Monday is my first day. What happens when I arrive?|My laptop works "
          .. "and the tests pass. There's so much I don't know, and I don't want to bother the "
          .. "seniors with small questions.|Tobi showed me around. What should I work on first?" },
      s = { type = "help", name = "setup stack", kind = "setup", pic = "token_card_blue",
        label = "Day 1: setup" },
      b = { type = "help", name = "buddy stack", kind = "buddy", pic = "token_card_green",
        label = "Buddy: Tobi" },
      f = { type = "help", name = "first task stack", kind = "firsttask", pic = "token_card_yellow",
        label = "Small task" },
      g = { type = "help", name = "big project stack", kind = "bigproject", pic = "token_card_red",
        label = "Big project" },
      w = { type = "help", name = "wiki stack", kind = "wiki", pic = "token_card_red",
        label = "Wiki, alone" },
      x = { type = "help", name = "ship it stack", kind = "doit", pic = "token_card_red",
        label = "I'll ship it" },
      Q = { type = "skill", name = "mentoring orb", skill = "mentoring" },
      O = { type = "skill", name = "onboarding orb", skill = "onboarding" },
      B = { type = "terminal", name = "programme board", quiz = "mp_scale" },
      P = { type = "terminal", name = "first-week plan", quiz = "onb_plan, onb_sort" },
      V = { type = "review", name = "review desk" },
      Z = { type = "marker", name = "juniors growing" },
      k = { type = "prop", sprite = "mentoring_bookshelf" },
      c = { type = "prop", sprite = "mentoring_chalkboard" },
      d = { type = "prop", sprite = "mentoring_pair_desk" },
      p = "plant",
    },
    rows = {
      "########E#####################",
      "#kk..B...c.....P....c..kk..kk#",
      "#............................#",
      "#.M..........................#",
      "#...........,,,,,............#",
      "#....L......,d,1,.......d.d..#",
      "#...........,,,,,............#",
      "#............................#",
      "#..s.......b.......f.....p...#",
      "#............................#",
      "#............................#",
      "#..g.......w.......x.........#",
      "#............................#",
      "#..Q..........@.......O......#",
      "#V.........................pZ#",
      "##############################",
    },
  },

  dialogue = {
    amara = {
      { "Amara Okafor, staff engineer", "You've reviewed, paired, written and taught a "
        .. "workshop. Now the team doubles this year, and mentoring can't be luck any more." },
      "Two jobs today. Noor starts on Monday: build her first week, one step at a time, from "
        .. "the stacks. And Luis in product needs a decision he can follow.",
      "Take the mentoring orb first, and talk to Luis.",
    },
    luis = {
      { "Luis Ortega, product manager", "The invoice export is due in three weeks. Grace says "
        .. "she could build it alone in two. Yusuf says he could build it with her help in three." },
      "I don't need the engineering details. I need to know what I'm choosing between, and "
        .. "what you'd do.",
    },
  },

  exercises = {
    pm_scenario = {
      kind = "choice", skill = "mentoring", scenario = true,
      prompt = "Grace alone ships the export in 2 weeks; Yusuf with Grace pairing takes 3, and "
        .. "then two people know it. The date is 3 weeks out. What do you tell Luis?",
      choices = {
        { "Options, weeks and risks; I pick Yusuf with pairing unless the date moves up", right = true,
          why = "Options, costs, risks and a recommendation he can act on, with its condition." },
        { "It's an engineering decision; we'll handle it",
          why = "The date and the risk are his to weigh too; hiding them loses his trust." },
        { "Yusuf with pairing improves our bus factor and reduces knowledge silos",
          why = "True, but in jargon, with no time cost and no alternative." },
        { "Whatever you prefer: both work",
          why = "No recommendation: you know the team better than he does." },
      },
      explain = "A trade-off for a non-engineer: the options, what each costs and risks in "
        .. "his terms (dates, people), your recommendation, and what would change it.",
    },
    pm_order = {
      kind = "order", skill = "mentoring",
      prompt = "Put the parts of your message to Luis in order.",
      items = {
        { "The decision needed, and by when", why = "He knows at once why he is reading." },
        { "The options, in plain words", why = "What he is choosing between." },
        { "What each costs: weeks, people", why = "Costs in his units, not ours." },
        { "What could go wrong with each", why = "Risks he can weigh against the date." },
        { "My recommendation, and what would change it", why = "He can act, and knows when to ask again." },
      },
      explain = "Decision, options, costs, risks, recommendation: short, in his terms, and "
        .. "ending with what you would do.",
    },
    pm_fill = {
      kind = "fill", skill = "mentoring", language = "text",
      prompt = "Finish the message to Luis.",
      code = [==[
Luis, the export needs a choice by Friday.
A: Grace builds it alone: 2 weeks.
   Risk: only Grace can change it later.
B: Yusuf builds it, Grace pairs: 3 weeks.
   Risk: {1}
I recommend {2}: it fits the date, and
next time two people can do it.
]==],
      blanks = {
        { options = { "no slack before the date", "none", "more ORM coupling" }, answer = 1,
          why = {
            "The real risk of B, said in his terms: a slip would miss the date.",
            "Every option has a risk; hiding it costs trust when it happens.",
            "Jargon, and not the risk that matters to the date.",
          } },
        { options = { "B", "A", "what you prefer" }, answer = 1,
          why = {
            "It fits the three weeks and grows a second person who knows the code.",
            "Faster, but leaves one person who can change it; the date does not need it.",
            "Not a recommendation: Luis asked what you would do.",
          } },
      },
      explain = "Name the risk of the option you recommend too: a recommendation that hides its "
        .. "risk is a sales pitch.",
    },
    mp_scale = {
      kind = "choice", skill = "mentoring", scenario = true,
      prompt = "The team grows from 6 to 12 this year. How do you make mentoring work for every "
        .. "new hire?",
      choices = {
        { "A buddy and a mentor per hire, a written plan, and mentoring time in the sprint", right = true,
          why = "Mentoring that is planned and given time happens for everyone." },
        { "Seniors mentor in their spare time",
          why = "Nobody has spare time in a sprint: it happens for the lucky few." },
        { "A good wiki instead of people",
          why = "Docs help, but nobody there answers the question you didn't know to ask." },
        { "Hire only seniors, who need no mentoring",
          why = "Seniors need onboarding too, and a team without juniors has no one growing into it." },
      },
      explain = "Mentoring scales when it is part of the work: named people, planned time, a "
        .. "written plan, and docs that improve with every newcomer's questions.",
    },
    onb_plan = {
      kind = "order", skill = "onboarding",
      prompt = "Put Noor's first week in order.",
      items = {
        { "Before day 1: laptop, accounts and access ready", why = "Day one is not spent waiting for access." },
        { "Day 1: meet the buddy, run the setup", why = "A person to ask, and a working setup." },
        { "Day 2: start a small first task chosen in advance", why = "Real work, sized for a week." },
        { "Days 3-4: through review, pairing with the buddy", why = "She learns the path a change takes." },
        { "Day 5: ship it, then a check-in: what was confusing?", why = "Each answer is a doc to fix." },
      },
      explain = "Prepare before she arrives, give her a person and a small real task, ship it "
        .. "in week one, and ask what to improve.",
    },
    onb_sort = {
      kind = "sort", skill = "onboarding",
      prompt = "Which would make a good first task for a new colleague?",
      bins = { "Good first task", "Not yet" },
      items = {
        { "Fix the wrong header in the CSV export", bin = 1, why = "Small, real, and touches the whole path to production." },
        { "Add a missing test for an existing function", bin = 1, why = "Teaches the code and the test setup, safely." },
        { "Add one field to a form, end to end", bin = 1, why = "Crosses the layers, in a small slice." },
        { "Redesign the payments service", bin = 2, why = "Too big, too risky, too much context." },
        { "Upgrade the database to a new major version", bin = 2, why = "High risk; needs deep knowledge of the system." },
        { "Debug a production incident alone", bin = 2, why = "Stressful, and alone is the wrong part." },
      },
      explain = "A first task is small, real and finishable in the first week, and takes a "
        .. "change all the way to production with help nearby.",
    },
    onb_buddy = {
      kind = "choice", skill = "onboarding", scenario = true,
      prompt = "Who should be Noor's onboarding buddy?",
      choices = {
        { "Tobi: a peer about a year in, with time set aside for it", right = true,
          why = "Close enough to remember being new, and easy to ask small questions." },
        { "Her manager", why = "The manager matters, but small questions feel like being judged." },
        { "The CTO, to show she matters", why = "Hardly reachable, and too far from the daily code." },
        { "Whoever is free that day", why = "Nobody owns it, so nobody does it." },
      },
      explain = "A buddy is a peer with time for it, not a boss: the person she can ask what "
        .. "she would not ask in a meeting.",
    },
  },

  hints = {
    "Amara stands near the start: walk next to her and press {confirm}.",
    "Take the mentoring orb, then talk to Luis.",
    "Noor needs one thing at a time: talk to her, then carry the right card from the stacks.",
  },

  goals = {
    { talk = "Amara", text = "Talk to Amara",
      hint = "Amara stands {where:Amara}: press {confirm} next to her." },
    { collect = "mentoring", text = "Hold Mentoring",
      hint = "Take the mentoring orb, then talk to Luis or use the programme board." },
    { answer = "pm_fill", text = "Explain the trade-off to Luis",
      hint = "Talk to Luis: options, costs, risks, and what you recommend." },
    { collect = "onboarding", text = "Hold Onboarding",
      hint = "The onboarding orb opens once you hold Mentoring; then the first-week plan." },
    { reach = "juniors growing", text = "Plan Noor's first week with her",
      hint = "Talk to Noor: what does she need now? Day one, a person to ask, then a first task." },
  },

  grants = { xp = 90 },

  on_start = function()
    juniors().setup{
      title = "Noor's first week",
      refuse = {
        bigproject = "The payments redesign, in my first week? I don't know the code yet.",
        wiki = "I read 40 wiki pages alone. Half are out of date; nobody to ask.",
        ["setup>buddy"] = "Nice to meet Tobi! But I can't even log in yet.",
        ["setup>firsttask"] = "A task? My laptop has no access to the repo yet.",
        ["buddy>setup"] = "My setup works. It's people I need now: who do I ask?",
        ["buddy>firsttask"] = "I could start, but who do I ask when I get stuck?",
        ["firsttask>setup"] = "My setup works fine. What do I work on?",
        ["firsttask>buddy"] = "Tobi is great. Now I'd like something real to work on.",
      },
    }
    juniors().panel()
    local n = tonumber(sq.kept("done_for_them") or "") or 0
    if n > 0 then
      sq.after(0.5, function()
        sq.say("Amara", "One thing from the last weeks: you did a junior's work for them " .. n
          .. (n == 1 and " time" or " times") .. ", and each came back stuck. Keep that in mind for Noor.")
      end)
    end
  end,

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_interact = function(e)
    if e.name == "Luis" then
      local list = {}
      for _, id in ipairs({ "pm_scenario", "pm_order", "pm_fill" }) do
        if not asked[id] then list[#list + 1] = id end
      end
      if #list > 0 then sq.ask(list, "Luis") end
    elseif e.name == "Noor" and juniors().need("Noor") == "buddy" and not asked.onb_buddy then
      sq.ask("onb_buddy", "Noor")
    end
  end,

  on_answer = function(id, correct)
    if correct then
      asked[id] = true
      sq.xp(10)
    end
  end,
}
