-- levels/mentoring/03_clean_machine.lua: the Mentoring and Teaching quest,
-- level 3: writing for learners. Elena Petrova keeps the team's docs in the
-- library. Four readers come with four different needs (the quest's
-- mechanic, lib/juniors.lua), and the help is the right kind of document
-- (Diataxis: a tutorial to learn, a how-to guide for a task, reference for
-- facts, explanation for the why). Mei's tutorial then breaks on her clean
-- laptop, and the fix is to repair the step and test it again from a clean
-- machine. Answering each of them in the chat instead helps once, and
-- nobody else, and they come back.
-- Play order: Elena -> docs orb -> doc shelf (sort, fill) -> tutorial orb
-- -> clean laptop (code) -> test plan (order) -> blog orb -> blog desk ->
-- the readers -> exit.
-- Facts (Diataxis; Flask's CLI): FACTS.md.

local function juniors()
  return sq.module("juniors")
end

local asked = false

return {
  format = 1,
  id = "mentoring.clean_machine",
  quest = "mentoring",
  title = "The Clean Machine",
  brief = "The library, where the team's docs are written. Four readers need four different "
    .. "things. Talk to Elena first; {hint} gives a hint.",
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
      sprite = "mentoring_bookshelf", solid = true,
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
      M = { type = "mentor", name = "Elena", dialogue = "elena", look = "elena", facing = "down" },
      ["1"] = { type = "junior", name = "Mei", look = "mei", needs = "tutorial, fixdoc",
        problem = "I start on Monday and have never used Flask. I'd like to learn it by "
          .. "building something small, step by step.|Step 3 of the tutorial fails on my new "
          .. "laptop: cp: cannot stat '~/work/shared/dev.env': No such file." },
      ["2"] = { type = "junior", name = "Kenji", look = "kenji", needs = "howto",
        problem = "The staging API key leaked in a log. I know our stack; I just need the "
          .. "exact steps to rotate the key, now." },
      ["3"] = { type = "junior", name = "Priya", look = "priya", needs = "reference",
        problem = "Which environment variables does the service read, and what are their "
          .. "defaults? I need the full list for the deploy config." },
      ["4"] = { type = "junior", name = "Rafael", look = "rafael", needs = "explanation",
        problem = "Why do we send emails through a queue instead of in the request? It looks "
          .. "like extra moving parts to me." },
      t = { type = "help", name = "tutorial shelf", kind = "tutorial", pic = "token_card_green",
        label = "Tutorial" },
      h = { type = "help", name = "how-to shelf", kind = "howto", pic = "token_card_yellow",
        label = "How-to" },
      r = { type = "help", name = "reference shelf", kind = "reference", pic = "token_card_blue",
        label = "Reference" },
      e = { type = "help", name = "explanation shelf", kind = "explanation", pic = "token_card_green",
        label = "Explanation" },
      f = { type = "help", name = "fix shelf", kind = "fixdoc", pic = "token_card_yellow",
        label = "Fix + retest" },
      x = { type = "help", name = "chat shelf", kind = "doit", pic = "token_card_red",
        label = "Tell in chat" },
      D = { type = "skill", name = "docs orb", skill = "documentation" },
      U = { type = "skill", name = "tutorial orb", skill = "tutorials" },
      O = { type = "skill", name = "blog orb", skill = "tech_blogging" },
      S = { type = "terminal", name = "doc shelf", quiz = "doc_sort, doc_title" },
      L = { type = "terminal", name = "clean laptop", quiz = "tut_broken" },
      T = { type = "terminal", name = "test plan", quiz = "tut_order" },
      B = { type = "terminal", name = "blog desk", quiz = "blog_outline, blog_which" },
      V = { type = "review", name = "review desk" },
      Z = { type = "marker", name = "juniors growing" },
      k = { type = "prop", sprite = "mentoring_bookshelf" },
      c = { type = "prop", sprite = "mentoring_chalkboard" },
      l = { type = "prop", sprite = "mentoring_lectern" },
      d = { type = "prop", sprite = "mentoring_pair_desk" },
    },
    rows = {
      "##########E###################",
      "#kk.S...L...T...B..c..kk.kk.k#",
      "#............................#",
      "#.M..........................#",
      "#.,,,,,..,,,,,...............#",
      "#.,d,1,..,d,2,.........d.d...#",
      "#.,,,,,..,,,,,...............#",
      "#............................#",
      "#.,,,,,..,,,,,...............#",
      "#.,d,3,..,d,4,.........d.d...#",
      "#.,,,,,..,,,,,...............#",
      "#............................#",
      "#..t......h......r.......P...#",
      "#............................#",
      "#............................#",
      "#..e......f......x...........#",
      "#............................#",
      "#..D.......U..@.....O........#",
      "#V........................P.Z#",
      "##############################",
    },
  },

  dialogue = {
    elena = {
      { "Elena Petrova, developer advocate", "Welcome to the library. Here we write what the "
        .. "team knows, so nobody has to be in the chat at the right moment to learn it." },
      "Readers come with four needs. Learning by doing: a tutorial. A task to get done: a "
        .. "how-to guide. Facts to look up: reference. Understanding why: explanation.",
      "Mix them, and a page serves nobody. Bring each reader the kind they need from the "
        .. "shelves. And a tutorial is only done when it works on a machine that isn't yours.",
      "Take the docs orb and try the doc shelf first. The tutorial orb comes after.",
    },
  },

  exercises = {
    doc_sort = {
      kind = "sort", skill = "documentation",
      prompt = "Which kind of document is each page? (Diataxis: tutorial, how-to guide, "
        .. "reference, explanation.)",
      bins = { "Tutorial", "How-to", "Reference", "Explanation" },
      items = {
        { "Your first Flask app, in 20 minutes", bin = 1, why = "A lesson: learning by doing." },
        { "Build a to-do app from an empty folder", bin = 1, why = "Step by step, for a beginner." },
        { "How to rotate the staging API key", bin = 2, why = "A task, for someone who knows the basics." },
        { "How to restore last night's backup", bin = 2, why = "Steps to a goal, under pressure." },
        { "Every environment variable and its default", bin = 3, why = "Facts to look up, complete." },
        { "/orders: parameters and status codes", bin = 3, why = "A description of the machinery." },
        { "Why we queue emails instead of sending inline", bin = 4, why = "The why: context and trade-offs." },
        { "How our cache layers fit together", bin = 4, why = "Understanding, not steps." },
      },
      explain = "Diataxis: tutorials teach by doing, how-to guides reach a goal, reference "
        .. "describes, explanation gives the why. Keep them apart and link between them.",
    },
    doc_title = {
      kind = "fill", skill = "documentation", language = "text",
      prompt = "A page for someone who must do one task now. Give it the title that fits.",
      code = [==[
# {1}

You need: admin rights on staging.
1. Open Settings > API keys, create a new key.
2. Set STAGING_API_KEY to it and redeploy.
3. Check the health page, then delete the old key.
]==],
      blanks = {
        { options = { "How to rotate the staging API key", "Getting started with our API",
                      "About API keys" }, answer = 1,
          why = {
            "A how-to guide: its title names the goal the reader has.",
            "A tutorial's title: this page assumes the basics and does one task.",
            "Reads like explanation; the reader in a hurry would skip it.",
          } },
      },
      explain = "Name a how-to guide after the goal (\"How to ...\"), say what the reader "
        .. "needs first, and keep it to the steps: the why belongs in an explanation.",
    },
    tut_broken = {
      kind = "code", skill = "tutorials", language = "shell",
      prompt = "This tutorial worked for its author. On a new colleague's clean laptop, which "
        .. "line fails?",
      code = [==[
# Needs Python 3.10+ with venv
# (Debian, Ubuntu: sudo apt install python3-venv)
# 1. A project and a virtual environment
mkdir hello && cd hello
python3 -m venv .venv
source .venv/bin/activate
# 2. Install Flask
python -m pip install flask
# 3. Copy the settings
cp ~/work/shared/dev.env .env
# 4. Write hello.py (below), then run it
flask --app hello run
]==],
      answer = 10,
      why = {
        [2] = "Good: Debian and Ubuntu ship venv as a separate package, and this says so.",
        [5] = "Works wherever the needs above are met.",
        [8] = "Installs Flask into the new environment, from PyPI.",
        [10] = "This file exists only on the author's machine.",
        [12] = "flask --app names the module to run: fine on Flask 2.2 and later.",
      },
      explain = "A tutorial must not lean on anything the author happens to have. Run it "
        .. "on a clean machine and put every file it needs in the tutorial itself.",
    },
    tut_order = {
      kind = "order", skill = "tutorials",
      prompt = "Put the steps of testing a tutorial from a clean machine in order.",
      items = {
        { "Start a fresh container or VM: none of your tools or files",
          why = "Your own machine hides the steps you forgot." },
        { "Follow the text exactly, copying each command",
          why = "Do what the reader will do, not what you remember." },
        { "Note every place you had to guess or fix",
          why = "Each one stops a beginner." },
        { "Fix the text, and name the versions you tested",
          why = "Python 3.12, Flask 3.1: readers can tell if theirs differ." },
        { "Run it again from a clean start until it just works",
          why = "A fix can break another step." },
      },
      explain = "Clean machine, follow literally, note, fix, repeat. A newcomer watched "
        .. "in silence finds even more.",
    },
    tut_scenario = {
      kind = "choice", skill = "tutorials", scenario = true,
      prompt = "Your getting-started tutorial for new hires is written. How do you check it "
        .. "before Mei's first day?",
      choices = {
        { "Ask last month's new hire to follow it on a fresh laptop while you note where they stall", right = true,
          why = "A real beginner on a clean machine finds what you can no longer see." },
        { "Read it through once more, carefully",
          why = "You know the missing steps, so you read past them." },
        { "Run it on your own laptop",
          why = "Your machine already has every tool and file it forgets." },
        { "Let Mei find the problems on Monday",
          why = "Her first day then starts stuck, and she may not dare to say so." },
      },
      explain = "Test tutorials the way they will be used: a beginner, a clean machine, "
        .. "and you watching without helping.",
    },
    blog_outline = {
      kind = "order", skill = "tech_blogging",
      prompt = "You fixed a two-day bug: times in exports were an hour off. Put the outline "
        .. "of a post for the engineering blog in order.",
      items = {
        { "The symptom, as users saw it", why = "Readers recognise their own bug." },
        { "How we narrowed it down", why = "The method is what readers can reuse." },
        { "The cause: naive datetimes, no timezone", why = "The lesson in one sentence." },
        { "The fix, with the code", why = "Concrete, and tested on named versions." },
        { "What we changed so it cannot happen again", why = "A test, a lint rule: the lasting part." },
      },
      explain = "A post that tells a story, from symptom to lesson, teaches more than a bare "
        .. "fix. Date it, name the versions, and run every snippet.",
    },
    blog_which = {
      kind = "choice", skill = "tech_blogging", scenario = true,
      prompt = "You want to write up why the team moved its emails onto a queue. Where does "
        .. "it go?",
      choices = {
        { "A post on the engineering blog, and linked from the docs' explanation page", right = true,
          why = "A story with the context of its day, and the docs point to it." },
        { "A step in the getting-started tutorial",
          why = "A beginner mid-lesson does not need the history." },
        { "The reference page for the email settings",
          why = "Reference lists facts; the why would bury them." },
        { "A chat message to whoever asks",
          why = "Helps one person once; the next one asks again." },
      },
      explain = "A blog post is a fine home for explanation: why a choice was made, at a "
        .. "date. Link it from the docs, so the why is found where the what is.",
    },
  },

  hints = {
    "Elena stands near the start: walk next to her and press {confirm}.",
    "Talk to a reader, then take the kind of document they need from a shelf and carry it to them.",
    "Learn: tutorial. A task: how-to. Facts: reference. Why: explanation.",
  },

  goals = {
    { talk = "Elena", text = "Talk to Elena",
      hint = "Elena stands {where:Elena}: press {confirm} next to her." },
    { collect = "documentation", text = "Hold Writing docs",
      hint = "Take the docs orb, then use the doc shelf on the north wall." },
    { collect = "tutorials", text = "Hold Writing tutorials",
      hint = "The tutorial orb opens once you hold Writing docs; then the clean laptop." },
    { answer = "tut_broken", text = "Find the step that breaks",
      hint = "The clean laptop on the north wall: which line only works on the author's machine?" },
    { collect = "tech_blogging", text = "Hold Educational blogging",
      hint = "Take the blog orb, then use the blog desk." },
    { reach = "juniors growing", text = "Give every reader what they need",
      hint = "Talk to a reader: do they want to learn, do a task, look up facts, or understand why?" },
  },

  grants = { xp = 70 },

  on_start = function()
    juniors().setup{
      title = "Readers",
      refuse = {
        tutorial = "A lesson from scratch? I don't need to learn it; I need this done.",
        howto = "Steps for a task? I don't know the basics yet to follow them.",
        reference = "A list of facts? It doesn't tell me what to do, or why.",
        explanation = "Background is nice, but it doesn't answer what I need right now.",
        fixdoc = "Nothing of mine is broken. It's something else I need.",
        ["reference>howto"] = "These are steps. I need the full list of variables and defaults.",
        ["explanation>reference"] = "A list of settings doesn't say why the queue is there.",
        ["fixdoc>tutorial"] = "I have the tutorial! It's step 3 that fails on my laptop.",
        ["fixdoc>howto"] = "I'm following the tutorial; one of its steps is broken.",
      },
      on_help = function(name, kind, right)
        if name == "Mei" and kind == "fixdoc" and right then
          sq.after(2.2, function()
            sq.say("Elena", "Fixed, and tested again in a fresh container: every file it needs "
              .. "is in the tutorial now. Mei won't be the last one it helps.")
          end)
        end
      end,
    }
    juniors().panel()
  end,

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_interact = function(e)
    if e.name == "Elena" and not asked and sq.has_skill("documentation") then
      sq.ask("tut_scenario", "Elena")
    end
  end,

  on_answer = function(id, correct)
    if id == "tut_scenario" and correct then asked = true end
    if correct then sq.xp(10) end
  end,
}
