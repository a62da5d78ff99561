-- levels/mentoring/02_pairing_corner.lua: the Mentoring and Teaching quest,
-- level 2: pairing, and asking questions instead of giving answers. Grace
-- Mwangi pairs with juniors every afternoon. Three come with real problems
-- (the quest's mechanic, lib/juniors.lua): Ines is close to her own fix and
-- needs a question; Tobi asks the same setup question again and needs a
-- pointer to the docs; Yusuf is lost in a codebase he does not know and
-- needs a pairing session where he drives, and next time only a question.
-- Taking the keyboard fixes it today and brings them back stuck.
-- Play order: Grace (scenario) -> the pairing orb -> pairing notes (sort,
-- order) -> session log (code) -> the juniors -> exit.
-- Facts (driver and navigator, strong-style pairing): FACTS.md.

local function juniors()
  return sq.module("juniors")
end

local asked = false

return {
  format = 1,
  id = "mentoring.pairing_corner",
  quest = "mentoring",
  title = "The Pairing Corner",
  brief = "It is Grace's pairing afternoon, and three juniors are stuck. Talk to Grace first; "
    .. "{hint} gives a hint.",
  music = "mentoring_study",

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
      M = { type = "mentor", name = "Grace", dialogue = "grace", look = "grace", facing = "down" },
      ["1"] = { type = "junior", name = "Ines", look = "ines", needs = "question",
        problem = "test_cart_total fails: assert 3 == 4. I've stared at total() for twenty "
          .. "minutes. I feel I'm close. Just tell me the fix?" },
      ["2"] = { type = "junior", name = "Tobi", look = "tobi", needs = "docs",
        problem = "How do I run the tests locally again? I asked in the chat yesterday, and "
          .. "someone typed the command for me, but I lost it." },
      ["3"] = { type = "junior", name = "Yusuf", look = "yusuf", needs = "pair, question",
        problem = "Two days on the invoice export ticket, and I can't even find where invoices "
          .. "are built. I don't know where to start.|The CSV export works now! But the dates "
          .. "come out in the wrong timezone, and I have an idea why. I think."
      },
      q = { type = "help", name = "question stack", kind = "question", pic = "token_card_blue",
        label = "Question" },
      o = { type = "help", name = "docs stack", kind = "docs", pic = "token_card_yellow",
        label = "Docs link" },
      s = { type = "help", name = "pairing stack", kind = "pair", pic = "token_card_green",
        label = "Pair: they drive" },
      x = { type = "help", name = "keyboard stack", kind = "doit", pic = "token_card_red",
        label = "I'll type" },
      P = { type = "skill", name = "pairing orb", skill = "pair_programming" },
      T = { type = "terminal", name = "pairing notes", quiz = "pp_roles, pp_session" },
      L = { type = "terminal", name = "session log", quiz = "pp_transcript" },
      V = { type = "review", name = "review desk" },
      Z = { type = "marker", name = "juniors growing" },
      k = { type = "prop", sprite = "mentoring_bookshelf" },
      c = { type = "prop", sprite = "mentoring_chalkboard" },
      d = { type = "prop", sprite = "mentoring_pair_desk" },
      p = "plant",
    },
    rows = {
      "#######E######################",
      "#kk..T.....c....L..p...kk..kk#",
      "#............................#",
      "#.M..........................#",
      "#,,,,,.,,,,,.,,,,,...........#",
      "#,d,1,.,d,2,.,d,3,.......p...#",
      "#,,,,,.,,,,,.,,,,,...........#",
      "#............................#",
      "#..q.....o......s.......x....#",
      "#............................#",
      "#......P.....@...............#",
      "#V.........................pZ#",
      "##############################",
    },
  },

  dialogue = {
    grace = {
      { "Grace Mwangi, senior developer", "Afternoons are for pairing. One keyboard, two "
        .. "heads: the driver types and says what they're doing, the navigator thinks ahead." },
      "With a junior, I navigate and they drive. If I take the keyboard, the fix reaches the "
        .. "code through my hands, and their head learns nothing.",
      "The stacks hold what you can give: a question, a link to the docs, a pairing session "
        .. "where they drive. Or you can type it yourself. Talk to each junior first.",
      "Before you start, tell me what you would do here:",
    },
  },

  exercises = {
    pp_scenario = {
      kind = "choice", skill = "pair_programming", scenario = true,
      prompt = "You navigate; Yusuf drives. He types a loop that you can see will skip the "
        .. "last invoice. What do you say?",
      choices = {
        { "\"What will the loop do with the last invoice?\"", right = true,
          why = "A question lets him find it, and he will spot it alone next time." },
        { "\"Move over, I'll type it.\"",
          why = "Fast today; he learns nothing, and you drive from now on." },
        { "Nothing: he will find it in production",
          why = "A navigator reviews as the code is written; catching it now is the point." },
        { "Dictate the fixed line, key by key",
          why = "The code is right, but he copies without knowing why." },
      },
      explain = "Navigate at the level of intent, not keystrokes, and ask before you tell. "
        .. "Give the answer only when questions stop helping.",
    },
    pp_roles = {
      kind = "sort", skill = "pair_programming",
      prompt = "In driver and navigator pairing, who does what?",
      bins = { "Driver", "Navigator" },
      items = {
        { "Types the code", bin = 1, why = "The driver has the keyboard." },
        { "Says out loud what they are doing", bin = 1,
          why = "Thinking aloud lets the navigator follow and help." },
        { "Thinks about the next step and the edge cases", bin = 2,
          why = "Free from typing, the navigator keeps the bigger picture." },
        { "Reviews each line as it appears", bin = 2,
          why = "A review as you go, not a week later." },
        { "Notes an idea for later, to keep the flow", bin = 2,
          why = "Side tracks wait on a list instead of breaking the flow." },
      },
      explain = "The driver works tactically, the navigator strategically. Swap often, so both "
        .. "know the code and neither tires.",
    },
    pp_session = {
      kind = "order", skill = "pair_programming",
      prompt = "Put a test-first pairing session with a junior in order.",
      items = {
        { "Agree on the goal and who drives first", why = "A shared aim before any code." },
        { "Write a failing test together", why = "It says what done looks like." },
        { "The junior drives to make it pass; you navigate",
          why = "Their hands, their head: the learning stays with them." },
        { "Swap roles for the next test", why = "Both stay engaged and know all the code." },
        { "Recap: what did we learn, what is next?", why = "A minute that makes the lesson stick." },
      },
      explain = "Ping-pong pairing: one writes a test, the other makes it pass, then swap. "
        .. "A goal first and a recap last turn a session into a lesson.",
    },
    pp_transcript = {
      kind = "code", skill = "pair_programming", language = "text",
      prompt = "In this log of a pairing session, which line turns pairing into watching?",
      code = [==[
14:02 grace: You drive today. What's the goal?
14:03 yusuf: Export invoices as CSV.
14:05 grace: Where do you think invoices are built?
14:09 yusuf: billing/invoice.py, I think.
14:20 grace: Here, give me the keyboard, it's faster.
14:41 grace: Done. See? Easy.
14:42 grace: Let's write down what we found.
]==],
      answer = 5,
      why = {
        [3] = "A question that sends him looking: good navigating.",
        [5] = "The navigator grabs the keyboard: from here Yusuf only watches.",
        [6] = "A result of line 5; the problem began when Grace took over.",
        [7] = "A recap is a good end to a session.",
      },
      explain = "Strong-style pairing puts it as a rule: an idea goes from your head into the "
        .. "computer through someone else's hands. Taking the keyboard breaks it.",
    },
  },

  hints = {
    "Grace stands near the start: walk next to her and press {confirm}.",
    "Talk to a junior to hear the problem, then carry a card from a stack to them.",
    "Close to a fix: a question. Asked before: the docs. Lost in new code: pair, and let them drive.",
  },

  goals = {
    { talk = "Grace", text = "Talk to Grace",
      hint = "Grace stands {where:Grace}: press {confirm} next to her." },
    { collect = "pair_programming", text = "Hold Pair programming",
      hint = "Take the pairing orb, then use the pairing notes on the north wall." },
    { answer = "pp_transcript", text = "Read the session log",
      hint = "The session log on the north wall: where does the navigator stop navigating?" },
    { reach = "juniors growing", text = "Help every junior on their way",
      hint = "Talk to a junior, then bring the smallest help that unblocks them." },
  },

  grants = { xp = 60 },

  on_start = function()
    juniors().setup{
      title = "Pairing afternoon",
      refuse = {
        ["question>docs"] = "The docs won't help: it's my own test I can't see through.",
        ["question>pair"] = "A whole session? I'm nearly there, I just need a nudge.",
        ["docs>question"] = "What do I think the command is? No idea. Isn't it written down?",
        ["docs>pair"] = "An hour of your time for one command? Isn't it written somewhere?",
        ["pair>question"] = "I can't even find the file. A question won't get me started.",
        ["pair>docs"] = "I read the architecture page. It's the code I can't find my way in.",
      },
    }
    juniors().panel()
  end,

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_interact = function(e)
    if e.name == "Grace" and not asked then sq.ask("pp_scenario", "Grace") end
  end,

  on_answer = function(id, correct)
    if id == "pp_scenario" and correct then asked = true end
    if correct then sq.xp(10) end
  end,
}
