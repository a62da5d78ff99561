-- scripts/skills/mentoring.lua: the skills of Mentoring and Teaching.
-- The format of a skill card is in scripts/README.md.

local skills = {}
local function skill(t) skills[t.id] = t end

skill{
  id = "documentation", name = "Writing docs", field = "mentoring", side = "developer",
  requires = {},
  card = "Good documentation says what a thing is for, how to set it up and how to use it, with examples that work. A clear README and API docs save every newcomer, and your future self, hours.",
}

skill{
  id = "code_review", name = "Code review", field = "mentoring", side = "developer",
  requires = { "git" },
  optional = { "clean_code" },
  card = "A teammate reads a change before it is merged, the big picture first, then the details. Comment on the code, not the author, say why, and mark optional polish with Nit: so it is not read as blocking. Approve once it improves the code, even if it is not perfect.",
}

skill{
  id = "pair_programming", name = "Pair programming", field = "mentoring", side = "developer",
  requires = {},
  card = "Two people work on one problem at one screen: the driver types, the navigator thinks ahead and reviews, and they swap often. With a newcomer, let them drive while you navigate with questions, so the knowledge reaches their hands, not only yours.",
}

skill{
  id = "giving_feedback", name = "Giving feedback", field = "mentoring", side = "developer",
  requires = {},
  card = "Useful feedback is specific, timely and about the work, not the person: what you saw, its effect and a suggestion. Praise what is good, and say why. A good question often teaches more than handing over the answer.",
}

skill{
  id = "tutorials", name = "Writing tutorials", field = "mentoring", side = "developer",
  requires = { "documentation" },
  card = "A tutorial is a lesson: it leads a beginner by the hand to a working result. Test every step on a clean machine, state the versions you used, and keep it to doing. Tasks go in how-to guides, facts in reference, the why in explanation.",
}

skill{
  id = "tech_blogging", name = "Educational blogging", field = "mentoring", side = "developer",
  requires = { "documentation" },
  card = "Writing posts about something you learned, a bug you solved or a design you chose sharpens your own understanding and helps others. Contributing to team, company or community blogs also makes your work visible.",
}

skill{
  id = "mentoring", name = "Mentoring", field = "mentoring", side = "engineer",
  requires = { "code_review", "giving_feedback", "pair_programming" },
  card = "A mentor helps someone grow: listen, ask questions, give the smallest help that unblocks, and let them solve it. Doing the work for them feels fast and leaves them stuck next time. A mentor also explains trade-offs, to juniors and to product managers.",
}

skill{
  id = "tech_talks", name = "Tech talks", field = "mentoring", side = "developer",
  requires = { "documentation" },
  optional = { "tech_blogging" },
  card = "Presenting at a team meeting, meetup or conference teaches you to explain a topic clearly to a given audience. Keep one main idea, show real examples and leave time for questions.",
}

skill{
  id = "creating_courses", name = "Creating courses", field = "mentoring", side = "developer",
  requires = { "tutorials", "tech_talks" },
  card = "A course is a planned path through a topic: clear learning goals, lessons in a sensible order, exercises and feedback. Exercises with automatic checks, like tests, show learners what they have really understood.",
}

skill{
  id = "onboarding", name = "Onboarding newcomers", field = "mentoring", side = "engineer",
  requires = { "mentoring", "documentation" },
  card = "Onboarding brings a new colleague to productive work: access and a working setup on day one, a buddy, a small first task shipped in the first week, and a plan with check-ins. Each newcomer's questions show gaps in the docs worth fixing.",
}

return skills
