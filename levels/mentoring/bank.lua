-- levels/mentoring/bank.lua: review-only exercises of the Mentoring and
-- Teaching quest. The levels hold the exercises they ask; these come back
-- in spaced review, and in place of a missed one at a terminal.
-- Facts: FACTS.md.
return {
  format = 1,
  quest = "mentoring",
  exercises = {
    tut_header = {
      kind = "choice", skill = "tutorials",
      prompt = "Which line belongs at the top of a tutorial?",
      choices = {
        { "Tested on Python 3.12 and Flask 3.1, December 2026", right = true,
          why = "Readers can tell at once whether their setup matches." },
        { "This is easy and takes five minutes",
          why = "A reader who struggles now feels slow; say what they will build instead." },
        { "See the reference for the details",
          why = "A tutorial carries the learner through; send them away later, not first." },
        { "Works on my machine",
          why = "The one promise a tutorial must not need." },
      },
      explain = "Name the versions and the date you tested with, and what the reader will have "
        .. "at the end.",
    },
    talk_habits = {
      kind = "sort", skill = "tech_talks",
      prompt = "Does each habit help a talk land, or lose the room?",
      bins = { "Helps", "Loses the room" },
      items = {
        { "One idea per slide", bin = 1, why = "The audience reads one thing while you talk." },
        { "A demo rehearsed beforehand", bin = 1, why = "Live, but it will not surprise you." },
        { "Five minutes kept for questions", bin = 1, why = "Where you learn what landed." },
        { "Reading the slides aloud", bin = 2, why = "They read faster than you speak." },
        { "A wall of code in small font", bin = 2, why = "Nobody past the front row can read it." },
        { "Running ten minutes over", bin = 2, why = "The next speaker and the room pay for it." },
      },
      explain = "A talk is for what slides cannot do: one idea, shown live, and a conversation.",
    },
    course_pilot = {
      kind = "choice", skill = "creating_courses", scenario = true,
      prompt = "In the pilot of your course, half the learners stall at exercise 4. What do you do?",
      choices = {
        { "Watch where they stall, add a smaller step before it, and pilot again", right = true,
          why = "The stall shows a gap in the path, not in the learners." },
        { "Tell them to try harder", why = "Half the room stuck is the course's problem." },
        { "Remove the check so everyone passes", why = "Then nobody knows what they learned." },
        { "Publish it as it is", why = "The next cohort stalls at the same place." },
      },
      explain = "A pilot is a test run: each stall is a bug report against the course.",
    },
    onb_docs = {
      kind = "choice", skill = "onboarding", scenario = true,
      prompt = "In her first week Noor found a step missing from the setup guide. Who fixes it?",
      choices = {
        { "Noor, in a small PR her buddy reviews", right = true,
          why = "She saw the gap with fresh eyes, and it is a fine first change." },
        { "Nobody: she knows it now", why = "The next newcomer falls into the same hole." },
        { "The team lead, some day", why = "Some day rarely comes; the gap stays." },
        { "A note on a wiki page nobody links", why = "Found by nobody, out of date by spring." },
      },
      explain = "Every newcomer's question is a gap in the docs; fixing it is a good first task.",
    },
    mentor_again = {
      kind = "choice", skill = "mentoring", scenario = true,
      prompt = "A junior asks you the same kind of question for the third time this week. What do you do?",
      choices = {
        { "Ask what they tried and where they looked, then show where the answer lives", right = true,
          why = "They learn to find it; you learn where the docs fall short." },
        { "Answer it again, quickly", why = "Fast today, and the fourth question comes next week." },
        { "Tell them to stop asking", why = "They will stop asking, and stay stuck in silence." },
        { "Do the task for them", why = "Done, and they are no closer to doing it themselves." },
      },
      explain = "Repeated questions call for a better question back, and often a doc to fix.",
    },
    doc_readme = {
      kind = "choice", skill = "documentation", scenario = true,
      prompt = "The same three questions about the service come up in chat every week. What do you do?",
      choices = {
        { "Answer them in the README or docs, and link there from now on", right = true,
          why = "Written once, found by everyone, and fixed when it changes." },
        { "Pin your last chat answer",
          why = "Pins get buried and go stale; nobody reviews them." },
        { "Keep answering: it only takes a minute",
          why = "A minute each time, for ever, and the answers drift." },
        { "Ask people to search the chat history",
          why = "Old answers there may be wrong by now." },
      },
      explain = "Repeated questions show where the docs have a gap. Fill it, and answer with a link.",
    },
    blog_check = {
      kind = "choice", skill = "tech_blogging",
      prompt = "Your post on the timezone bug has code in it. What do you do before it goes out?",
      choices = {
        { "Run every snippet on the versions named in the post, and date it", right = true,
          why = "Readers copy code; a date and versions tell them if it still fits." },
        { "Nothing: it worked in production",
          why = "The snippets were cut down from production code and may no longer run." },
        { "Remove all the code",
          why = "The code is what readers can use; keep it, tested." },
      },
      explain = "A post is read for years. Tested snippets, named versions and a date keep it honest.",
    },
    pp_when = {
      kind = "choice", skill = "pair_programming", scenario = true,
      prompt = "Which task is most worth a pairing session with a new colleague?",
      choices = {
        { "Their first change in a part of the code they have never seen", right = true,
          why = "Pairing shares the map of the code that no document has." },
        { "Renaming a variable the linter flagged",
          why = "Too small: a review comment does it." },
        { "Reading the team's handbook",
          why = "Reading alone works; sitting beside them adds little." },
        { "A task they have done five times before",
          why = "They know it; pairing would only slow them down." },
      },
      explain = "Pair where knowledge is missing and hard to write down: unfamiliar code, a "
        .. "tricky bug, a design choice. Routine work goes faster alone.",
    },
    mr_big_pr = {
      kind = "choice", skill = "code_review", scenario = true,
      prompt = "A new colleague asks you to review a 2,400-line pull request: a feature, a "
        .. "refactor and a dependency upgrade in one. What do you answer?",
      choices = {
        { "Thank them, and ask to split it into smaller PRs, one thing each", right = true,
          why = "Small changes are reviewed faster and more carefully, and are easier to roll back." },
        { "Skim it and approve: it passed CI",
          why = "A green build is not a review; nobody has really read it." },
        { "Review all of it line by line over the next week",
          why = "Slow, and large reviews miss things; the author waits days for a first answer." },
        { "Reject it with no comment",
          why = "It leaves them stuck, with no idea what to do next." },
      },
      explain = "Google's guide: about 100 lines is usually a fine size and 1,000 usually too "
        .. "large. Asking to split a change is normal, and unblocks the author.",
    },
    gf_praise = {
      kind = "choice", skill = "giving_feedback",
      prompt = "Which piece of praise helps a junior most?",
      choices = {
        { "The fake clock in the retry test makes the flaky case repeatable: keep doing that", right = true,
          why = "Specific, and says why it was good, so they know what to repeat." },
        { "Great job!",
          why = "Kind, but it does not say what was good." },
        { "Not bad for a junior",
          why = "About the person, and it belittles them." },
        { "LGTM",
          why = "An approval, not feedback: nothing to learn from." },
      },
      explain = "Praise is feedback too: name what was good and why. People learn from what "
        .. "they did well, not only from what to fix.",
    },
    gf_structure = {
      kind = "order", skill = "giving_feedback",
      prompt = "Put the parts of a helpful piece of feedback in order.",
      items = {
        { "What you saw: the loop runs a query per order", why = "A fact about the work, not the person." },
        { "Its effect: 500 orders mean 500 round trips", why = "The why: what it costs, in numbers." },
        { "A way forward: could one JOIN fetch them all?", why = "A question or suggestion leaves the fix theirs." },
      },
      explain = "Observation, effect, suggestion: specific, about the work, and with a next step.",
    },
  },
}
