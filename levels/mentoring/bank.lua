-- levels/mentoring/bank.lua: review-only exercises of the Mentoring and
-- Teaching quest. The levels hold the exercises they ask; these come back
-- in spaced review, and in place of a missed one at a terminal.
-- Facts: FACTS.md.
return {
  format = 1,
  quest = "mentoring",
  exercises = {
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
