-- levels/mentoring/04_workshop.lua: the Mentoring and Teaching quest,
-- level 4: teaching a room. Ingrid Solberg runs the company's internal
-- Python course, and today the player gives its workshop: a short talk, then
-- exercises. Three learners come with what stops them (the quest's mechanic,
-- lib/juniors.lua): Kwame cannot tell where the talk is going and needs a
-- learning goal; Leila cannot tell if she has it and needs an exercise with
-- an automatic check, then time to ask her question; Tomasz needs an
-- example from his own work. Pasting the solution for them helps for a
-- minute and brings them back stuck; more slides are refused.
-- Play order: Ingrid (scenario) -> talk orb -> slide deck (code, order) ->
-- course orb -> course plan (sort, order) -> exercise 3 (fill) -> the
-- learners -> exit.
-- Facts (pytest asserts, Python's SyntaxWarning for "is" with a literal): FACTS.md.

local function juniors()
  return sq.module("juniors")
end

local asked = false

return {
  format = 1,
  id = "mentoring.workshop",
  quest = "mentoring",
  title = "The Workshop",
  brief = "Today you give the internal Python course's workshop on testing: a short talk, then "
    .. "exercises. Talk to Ingrid first; {hint} gives a hint.",
  music = "mentoring_study",

  behaviours = {
    junior = {
      sprite = "mentor", frames = 2, rate = 30, solid = true, size = { 12, 10 }, offset = { -2, -6 },
      props = { needs = "the help kinds needed, in order", problem = "what they say, one per need, split by |" },
      on_spawn = function(self)
        if self.props.look then sq.set_sprite(self.id, "person_" .. self.props.look .. "_up", 2, 36) end
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
      M = { type = "mentor", name = "Ingrid", dialogue = "ingrid", look = "ingrid", facing = "down" },
      ["1"] = { type = "junior", name = "Kwame", look = "kwame", needs = "goal",
        problem = "Ten slides in, and I still don't know where this is going. What should I "
          .. "be able to do by the end?" },
      ["2"] = { type = "junior", name = "Leila", look = "leila", needs = "check, qa",
        problem = "I typed along with the demo. It ran. But do I actually get it? I can't "
          .. "tell.|The check passed! And now I have a question about mocking, but the next "
          .. "slide is already up." },
      ["3"] = { type = "junior", name = "Tomasz", look = "tomasz", needs = "example",
        problem = "Testing a function that adds two numbers is fine. But our code talks to "
          .. "the database. I can't see how this applies to my work." },
      g = { type = "help", name = "goal stack", kind = "goal", pic = "token_card_blue",
        label = "Learning goal" },
      c = { type = "help", name = "check stack", kind = "check", pic = "token_card_green",
        label = "Exercise + check" },
      a = { type = "help", name = "questions stack", kind = "qa", pic = "token_card_yellow",
        label = "Time for Q&A" },
      e = { type = "help", name = "example stack", kind = "example", pic = "token_card_green",
        label = "Real example" },
      s = { type = "help", name = "slides stack", kind = "slides", pic = "token_card_red",
        label = "More slides" },
      x = { type = "help", name = "solution stack", kind = "doit", pic = "token_card_red",
        label = "Paste solution" },
      K = { type = "skill", name = "talk orb", skill = "tech_talks" },
      C = { type = "skill", name = "course orb", skill = "creating_courses" },
      D = { type = "terminal", name = "slide deck", quiz = "talk_slides, talk_order" },
      P = { type = "terminal", name = "course plan", quiz = "course_goals, course_order" },
      X = { type = "terminal", name = "exercise 3", quiz = "course_check" },
      V = { type = "review", name = "review desk" },
      Z = { type = "marker", name = "juniors growing" },
      k = { type = "prop", sprite = "mentoring_bookshelf" },
      b = { type = "prop", sprite = "mentoring_chalkboard" },
      d = { type = "prop", sprite = "mentoring_pair_desk" },
      l = { type = "prop", sprite = "mentoring_lectern" },
      p = "plant",
    },
    rows = {
      "####E#########################",
      "#kk..D..bbbb..P.....X..kk.kkk#",
      "#........l...................#",
      "#.M..........................#",
      "#............................#",
      "#..d...d...d.........d.d.d...#",
      "#..1...2...3.................#",
      "#............................#",
      "#............................#",
      "#..g........c........a.......#",
      "#............................#",
      "#............................#",
      "#..e........s........x....p..#",
      "#............................#",
      "#..K.......@......C..........#",
      "#V.........................pZ#",
      "##############################",
    },
  },

  dialogue = {
    ingrid = {
      { "Ingrid Solberg, developer", "I run our internal Python course. Today's workshop is "
        .. "on testing with pytest, and you're giving it: a short talk, then exercises." },
      "A talk has one main idea. A course has goals a learner can check, lessons in order, "
        .. "and exercises that say at once if you got it.",
      "The learners will tell you what stops them. The stacks hold what you can give; pasting "
        .. "the solution is there too. Watch what it does.",
      "Before we start, one question from last month's workshop:",
    },
  },

  exercises = {
    talk_scenario = {
      kind = "choice", skill = "tech_talks", scenario = true,
      prompt = "You have 10 minutes at the all-hands, to engineers, support and sales, on why "
        .. "emails now go through a queue. Which plan?",
      choices = {
        { "One idea, a support ticket it fixed, no code on the slides, time for questions", right = true,
          why = "One message, a real example this audience knows, and room to ask." },
        { "The full architecture, every component, in 30 slides",
          why = "Too much for 10 minutes, and most of the room needs none of it." },
        { "Live coding the queue consumer",
          why = "Fun for engineers; support and sales leave with nothing." },
        { "Read the design doc aloud",
          why = "They can read it themselves; a talk must do what a document cannot." },
      },
      explain = "Know the audience, keep one main idea, show a real example, and leave time "
        .. "for questions.",
    },
    talk_slides = {
      kind = "code", skill = "tech_talks", language = "text",
      prompt = "The outline of a 15-minute talk on testing. Which slide loses the room? "
        .. "Tick its lines.",
      code = [==[
1  Why tests? A bug we shipped last spring
2  Today: write one useful test in pytest
3  Demo: a failing test, then the fix
4  The full pytest.ini and conftest.py,
   80 lines, 10 pt font
5  The one thing to remember: test the edge
6  Questions
]==],
      answers = { 4, 5 },
      why = {
        [1] = "A real story: the audience sees why it matters.",
        [2] = "Says what they will be able to do: a learning goal.",
        [3] = "Shows the idea working, live and small.",
        [4] = "Nobody can read 80 lines of config from the back row; link the file.",
        [5] = "And at 10 pt, not even from the front row.",
        [6] = "One main idea, said out loud at the end.",
      },
      explain = "A slide supports what you say; it is not the document. Put long code in a "
        .. "link, and show only the lines that carry the idea.",
    },
    talk_order = {
      kind = "order", skill = "tech_talks",
      prompt = "Put the parts of a short tech talk in order.",
      items = {
        { "A problem the audience knows", why = "Why should they listen? Start there." },
        { "The one main idea", why = "Said early, so everything after hangs on it." },
        { "A real example or a small demo", why = "Shows the idea working." },
        { "The one thing to remember", why = "Repeat the idea, in one sentence." },
        { "Questions", why = "Where you find out what landed." },
      },
      explain = "Problem, idea, example, takeaway, questions: one idea, shown and repeated.",
    },
    course_goals = {
      kind = "sort", skill = "creating_courses",
      prompt = "Which are learning goals a learner could check at the end of the course?",
      bins = { "Clear goal", "Too vague" },
      items = {
        { "Write a pytest test for an empty list", bin = 1, why = "Observable: they do it or not." },
        { "Run the tests and read a failure", bin = 1, why = "A skill you can watch them use." },
        { "Replace a database call with a fake", bin = 1, why = "Concrete, and checkable in an exercise." },
        { "Understand testing", bin = 2, why = "Understand how far? Nobody can check it." },
        { "Appreciate good code", bin = 2, why = "A feeling, not something they can do." },
        { "Know about pytest", bin = 2, why = "Know what? Name what they can do with it." },
      },
      explain = "Write goals as what the learner can do at the end, with a verb you can check: "
        .. "write, run, replace. Then build an exercise for each.",
    },
    course_order = {
      kind = "order", skill = "creating_courses",
      prompt = "Put the steps of building a short course in order.",
      items = {
        { "Write the learning goals", why = "What learners can do at the end decides the rest." },
        { "Order lessons so each builds on the last", why = "No lesson needs one that comes later." },
        { "An exercise with an automatic check per lesson", why = "Learners see at once if they got it." },
        { "Pilot it with a few learners; watch where they stall", why = "You cannot see your own gaps." },
        { "Revise, then run it for everyone", why = "The pilot's stalls are your to-do list." },
      },
      explain = "Goals first, then the path, then the checks, then a pilot: a course is tested "
        .. "like code.",
    },
    course_check = {
      kind = "fill", skill = "creating_courses", language = "python",
      prompt = "Exercise 3 checks itself with pytest. Complete the solution and its test.",
      code = [==[
def average(xs):
    if not xs:
        return {1}
    return sum(xs) / len(xs)


def test_average_empty():
    assert average([]) {2} 0
]==],
      blanks = {
        { options = { "0", "None", "len(xs)" }, answer = 1,
          why = {
            "An empty list averages to 0 here, as the test expects.",
            "The test compares with 0; None == 0 is False, so it fails.",
            "Works by accident (0), but reads as if it meant something else.",
          } },
        { options = { "==", "is", "!=" }, answer = 1,
          why = {
            "== compares values: the right check.",
            "is compares identity; Python warns: \"is\" with a literal.",
            "Would pass only when the function is wrong.",
          } },
      },
      explain = "pytest runs the test and shows both values when the assert fails: the learner "
        .. "knows at once, without waiting for a teacher.",
    },
  },

  hints = {
    "Ingrid stands near the start: walk next to her and press {confirm}.",
    "Talk to a learner to hear what stops them, then bring the right card from the stacks.",
    "Lost: a learning goal. Unsure: an exercise with a check. Can't apply it: a real example.",
  },

  goals = {
    { talk = "Ingrid", text = "Talk to Ingrid",
      hint = "Ingrid stands {where:Ingrid}: press {confirm} next to her." },
    { collect = "tech_talks", text = "Hold Tech talks",
      hint = "Take the talk orb, then use the slide deck by the chalkboard." },
    { collect = "creating_courses", text = "Hold Creating courses",
      hint = "The course orb opens once you hold Tech talks; then the course plan." },
    { answer = "course_check", text = "Write exercise 3's check",
      hint = "Exercise 3 on the north wall: what does an empty list average to, and how to compare?" },
    { reach = "juniors growing", text = "Every learner can go on alone",
      hint = "Talk to a learner: lost, unsure, or unable to apply it?" },
  },

  grants = { xp = 70 },

  on_start = function()
    juniors().setup{
      title = "Workshop",
      refuse = {
        slides = "More slides? I'm already lost in the ones we had.",
        ["goal>check"] = "An exercise on what? I still don't know what we're aiming for.",
        ["goal>example"] = "Another example... but an example of what, exactly?",
        ["goal>qa"] = "I don't even know what to ask yet.",
        ["check>goal"] = "I know the goal. I just can't tell if I've reached it.",
        ["check>example"] = "Examples I've seen. I need to try it and know if I got it.",
        ["check>qa"] = "I don't have a question yet; I don't know what I don't know.",
        ["qa>check"] = "I passed the check! It's a question I have now.",
        ["qa>goal"] = "I know where we're going. I just need to ask something.",
        ["qa>example"] = "Thanks, but I have one specific question.",
        ["example>goal"] = "I get the goal. I can't see it in our own code.",
        ["example>check"] = "I can pass the toy exercise. Our code isn't a toy.",
        ["example>qa"] = "I don't know what to ask; I can't see how it fits our code.",
      },
    }
    juniors().panel()
  end,

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_interact = function(e)
    if e.name == "Ingrid" and not asked then sq.ask("talk_scenario", "Ingrid") end
  end,

  on_answer = function(id, correct)
    if id == "talk_scenario" and correct then asked = true end
    if correct then sq.xp(10) end
  end,
}
