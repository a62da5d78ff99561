-- levels/mentoring/01_review_room.lua: the Mentoring and Teaching quest,
-- level 1: a code review that helps instead of hurts. Amara Okafor, the
-- team's staff engineer, hands the player the review queue. Three juniors
-- come with their pull requests; the help the player gives them is a review
-- comment (the quest's mechanic, lib/juniors.lua): a question that lets
-- Tobi find his own bug and then says it blocks the merge, labels that
-- split Ines's pile of comments into blocking and Nit:, and praise with a
-- reason for Yusuf's tests. Pushing a fix to their branch yourself looks
-- fast and brings them back stuck.
-- Play order: Amara (scenario) -> the orbs -> review queue (sort, order)
-- -> review thread (code) -> comment draft (fill) -> the juniors -> exit.
-- Facts (Google's engineering practices on code review): FACTS.md.

local function juniors()
  return sq.module("juniors")
end

local asked = false

return {
  format = 1,
  id = "mentoring.review_room",
  quest = "mentoring",
  title = "The Review Room",
  brief = "Three juniors wait for a review of their first pull requests. Talk to Amara first; "
    .. "{hint} gives a hint.",
  music = "mentoring_study",
  requires = { "git" },

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
      ["1"] = { type = "junior", name = "Tobi", look = "tobi", needs = "question, blocking",
        problem = "My PR adds the average order value to the checkout page. It works on my "
          .. "machine! Can you review it?|Oh! An empty cart divides by zero. I see it now. "
          .. "So... do I fix it in this PR, or is it fine to merge and fix later?" },
      ["2"] = { type = "junior", name = "Ines", look = "ines", needs = "labels",
        problem = "I got fourteen comments on one PR: names, blank lines, one about a crash. "
          .. "I can't fix all of it today. Is it all required?" },
      ["3"] = { type = "junior", name = "Yusuf", look = "yusuf", needs = "praise",
        problem = "I spent two days on tests for the discount rules. Nobody said anything. "
          .. "Maybe tests like that aren't worth it here?" },
      q = { type = "help", name = "question stack", kind = "question", pic = "token_card_blue",
        label = "Question" },
      b = { type = "help", name = "blocking stack", kind = "blocking", pic = "token_card_red",
        label = "Blocking" },
      n = { type = "help", name = "labels stack", kind = "labels", pic = "token_card_yellow",
        label = "Labels" },
      p = { type = "help", name = "praise stack", kind = "praise", pic = "token_card_green",
        label = "Praise" },
      x = { type = "help", name = "push my fix", kind = "doit", pic = "token_card_red",
        label = "My fix" },
      C = { type = "skill", name = "code review orb", skill = "code_review" },
      F = { type = "skill", name = "feedback orb", skill = "giving_feedback" },
      T = { type = "terminal", name = "review queue", quiz = "mr_sort, mr_navigate" },
      H = { type = "terminal", name = "review thread", quiz = "mr_thread" },
      W = { type = "terminal", name = "comment draft", quiz = "mr_comment" },
      V = { type = "review", name = "review desk" },
      Z = { type = "marker", name = "juniors growing" },
      k = { type = "prop", sprite = "mentoring_bookshelf" },
      c = { type = "prop", sprite = "mentoring_chalkboard" },
      d = { type = "prop", sprite = "mentoring_pair_desk" },
    },
    rows = {
      "############E#################",
      "#kk.T....H.....W..P...c.kk.kk#",
      "#............................#",
      "#M...........................#",
      "#.,d,....,d,....,d,..........#",
      "#.,1,....,2,....,3,......d.d.#",
      "#.,,,....,,,....,,,..........#",
      "#P...........................#",
      "#..q.....b.....n.....p.....x.#",
      "#............................#",
      "#..C.........@.........F.....#",
      "#V.........................PZ#",
      "##############################",
    },
  },

  dialogue = {
    amara = {
      { "Amara Okafor, staff engineer", "Welcome to the review room. Three juniors opened their "
        .. "first pull requests this week, and you are their reviewer." },
      "A review has two jobs: better code, and a developer who needs less review next time. "
        .. "A comment that hurts does neither.",
      "The stacks on the floor hold the kinds of comment you can give: a question, a blocking "
        .. "comment with its reason, labels, praise. Or you can push your own fix. Try it and watch.",
      "Take the two orbs, then the terminals on the north wall. First, a call I make every week:",
    },
  },

  exercises = {
    mr_scenario = {
      kind = "choice", skill = "code_review", scenario = true,
      prompt = "Tobi's PR works, is tested and makes the code better. You would have named two "
        .. "functions differently and written one loop another, equally valid, way. What do you do?",
      choices = {
        { "Approve, and leave the names as optional Nit: comments", right = true,
          why = "It improves the code health; your taste should not hold it back." },
        { "Request changes until it reads the way you would write it",
          why = "Blocking on personal preference delays a good change and teaches nothing." },
        { "Rewrite the loop yourself and push it to Tobi's branch",
          why = "He learns nothing, and it is his change to make." },
        { "Approve with no comment at all",
          why = "Fine for the merge, but a short why or a word of praise helps him grow." },
      },
      explain = "Google's guide: approve once a change definitely improves the code health, even if "
        .. "it is not perfect. Label what is optional, so nothing optional reads as required.",
    },
    mr_sort = {
      kind = "sort", skill = "code_review",
      prompt = "Sort these review comments: which must be fixed before the merge, which are "
        .. "optional polish, which are praise?",
      bins = { "Blocking", "Nit", "Praise" },
      items = {
        { "total() divides by zero on an empty cart", bin = 1,
          why = "A crash in checkout: it must not be merged." },
        { "SQL built from user input with an f-string", bin = 1,
          why = "SQL injection: a security hole blocks the merge." },
        { "tmp could be named subtotal", bin = 2,
          why = "A clearer name helps, but the code works as it is." },
        { "Two blank lines between the functions", bin = 2,
          why = "PEP 8 style polish: a formatter can do it; prefix it Nit:." },
        { "The discount tests cover every edge case: thanks", bin = 3,
          why = "Say what was good, and why, so they keep doing it." },
        { "The commit message says why, not only what", bin = 3,
          why = "Praise a habit you want to see again." },
      },
      explain = "Label severity: an unlabelled comment reads as required. Blocking ones say why; "
        .. "Nit: marks optional polish; praise, with a reason, is feedback too.",
    },
    mr_navigate = {
      kind = "order", skill = "code_review",
      prompt = "A pull request touches six files. Put the steps of reviewing it in a good order.",
      items = {
        { "Read the description: should this change exist at all?",
          why = "If not, say so kindly now, before anyone reads line by line." },
        { "Review the main file's design first",
          why = "The biggest logical change gives context to the rest." },
        { "Send any major design problem at once",
          why = "The author may be building on it already; rework gets costlier by the hour." },
        { "Read the remaining files, sometimes tests first",
          why = "Tests show what the change is meant to do." },
        { "Approve once it improves the code, and label the nits",
          why = "Perfect is not the bar; better code health is." },
      },
      explain = "Big picture first, then details: Google's guide reads a change as broad view, "
        .. "main parts, then the rest in a sensible order.",
    },
    mr_thread = {
      kind = "code", skill = "giving_feedback", language = "text",
      prompt = "One comment in this review thread hurts instead of helping. Tick its lines.",
      code = [==[
PR #482: Show the average order value

amara: Nice split of the query from the view.
li:    Why did you even write it like this?
       Obviously wrong.
sam:   Question: what does avg() return for a
       customer with no orders yet?
amara: Nit: res could be called average.
sam:   Blocking: there is no test for a customer
       without orders; one would catch the crash.
]==],
      answers = { 4, 5 },
      why = {
        [3] = "Praise with a reason: it tells Tobi what to keep doing.",
        [4] = "About the person, not the code: no reason and no way forward.",
        [5] = "The same comment: a verdict with nothing to act on.",
        [6] = "A question that lets the author find the bug himself.",
        [8] = "Labelled optional, small and specific: a fine nit.",
        [9] = "Blocking, with the reason and what would fix it.",
      },
      explain = "Comment on the code, never on the developer, and explain why. \"The average "
        .. "divides by the order count, which is 0 for a new customer\" says the same, and helps.",
    },
    mr_comment = {
      kind = "fill", skill = "giving_feedback", language = "text",
      prompt = "Rewrite a review comment so it helps: label it, say what you saw and its effect, "
        .. "and end with a way forward.",
      code = [==[
orders.py line 41:
{1} This loop runs one query per order,
so a customer with 500 orders waits for
500 round trips to the database.
{2}
]==],
      blanks = {
        { options = { "Blocking:", "Nit:", "Ugh." }, answer = 1,
          why = {
            "Slow checkout for big customers is worth fixing before the merge.",
            "Nit: says optional, and this is a real performance problem.",
            "A sigh says how you feel, not what is wrong.",
          } },
        { options = { "Could one query with a JOIN do it?", "Rewrite this.",
                      "Did you even test it?" }, answer = 1,
          why = {
            "A question that points the way and leaves the fix to the author.",
            "An order with no reason and no direction.",
            "About the person; it puts them on the defensive.",
          } },
      },
      explain = "Label, observation, effect, suggestion: the author knows what must change, why, "
        .. "and has a place to start, and the fix stays theirs.",
    },
  },

  hints = {
    "Amara stands near the start: walk next to her and press {confirm}.",
    "Take a card from a stack on the floor and carry it to a junior: {confirm} next to them.",
    "Tobi needs a question first; Ines needs her comments labelled; Yusuf needs to hear what was good.",
  },

  goals = {
    { talk = "Amara", text = "Talk to Amara",
      hint = "Amara stands {where:Amara}: press {confirm} next to her." },
    { collect = "code_review", text = "Hold Code review",
      hint = "Take the code review orb, then use the review queue on the north wall." },
    { collect = "giving_feedback", text = "Hold Giving feedback",
      hint = "Take the feedback orb, then the review thread or the comment draft." },
    { answer = "mr_comment", text = "Rewrite the harsh comment",
      hint = "The comment draft on the north wall: label, what you saw, a way forward." },
    { reach = "juniors growing", text = "Help every junior on their way",
      hint = "Talk to a junior to hear the problem, then carry the right card from its stack." },
  },

  grants = { xp = 60 },

  on_start = function()
    juniors().setup{
      title = "Pull requests",
      refuse = {
        ["question>blocking"] = "Blocking? But what's wrong with it? I can't see it yet.",
        ["question>labels"] = "Nobody has commented yet: there is nothing to label.",
        ["question>praise"] = "Thanks! So it can go in as it is? (It crashes on an empty cart.)",
        ["blocking>question"] = "I found it, thanks to you. Now: fix it before the merge or not?",
        ["blocking>praise"] = "Thanks, but I still don't know if the crash must be fixed first.",
        ["blocking>labels"] = "There's one comment, and I just don't know if it blocks.",
        ["labels>question"] = "More questions? I already can't answer the fourteen I have.",
        ["labels>blocking"] = "So everything is blocking? Then I'll never finish this PR.",
        ["labels>praise"] = "Nice of you, but I still don't know which comments I must fix.",
        ["praise>question"] = "The tests pass... is something wrong with them, then?",
        ["praise>blocking"] = "Blocking? The tests are the part I was proud of.",
        ["praise>labels"] = "My PR has no comments at all; that's the problem.",
      },
    }
    juniors().panel()
  end,

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_interact = function(e)
    if e.name == "Amara" and not asked then sq.ask("mr_scenario", "Amara") end
  end,

  on_answer = function(id, correct)
    if id == "mr_scenario" and correct then asked = true end
    if correct then sq.xp(10) end
  end,
}
