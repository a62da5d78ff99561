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
  requires = { "git", "clean_code" },
  card = "In code review a teammate reads a change before it is merged. Kind, specific comments about correctness, clarity and tests catch bugs and spread knowledge through the team in both directions.",
}

skill{
  id = "pair_programming", name = "Pair programming", field = "mentoring", side = "developer",
  requires = {},
  card = "In pair programming two people work on one problem at one screen: one types while the other reviews and thinks ahead, and they swap often. It is a fast way to share knowledge and to bring a newcomer into a codebase.",
}

skill{
  id = "giving_feedback", name = "Giving feedback", field = "mentoring", side = "developer",
  requires = {},
  card = "Useful feedback is specific, timely and about the work, not the person: what you saw, its effect and a suggestion. Asking a good question often teaches more than handing over the answer.",
}

skill{
  id = "tutorials", name = "Writing tutorials", field = "mentoring", side = "developer",
  requires = { "documentation" },
  card = "A tutorial leads a beginner step by step to a working result. Test every step from a clean start, state the versions you used and explain why as well as what, so readers can adapt it.",
}

skill{
  id = "tech_blogging", name = "Educational blogging", field = "mentoring", side = "developer",
  requires = { "documentation" },
  card = "Writing posts about something you learned, a bug you solved or a design you chose sharpens your own understanding and helps others. Contributing to team, company or community blogs also makes your work visible.",
}

skill{
  id = "mentoring", name = "Mentoring", field = "mentoring", side = "engineer",
  requires = { "code_review", "giving_feedback", "pair_programming" },
  card = "A mentor helps someone grow through regular conversations, reviews and advice. Good mentors listen, ask questions, let the mentee solve problems and share the context that is not written down anywhere.",
}

skill{
  id = "tech_talks", name = "Tech talks", field = "mentoring", side = "engineer",
  requires = { "documentation" },
  optional = { "tech_blogging" },
  card = "Presenting at a team meeting, meetup or conference teaches you to explain a topic clearly to a given audience. Keep one main idea, show real examples and leave time for questions.",
}

skill{
  id = "creating_courses", name = "Creating courses", field = "mentoring", side = "engineer",
  requires = { "tutorials", "tech_talks" },
  card = "A course is a planned path through a topic: clear learning goals, lessons in a sensible order, exercises and feedback. Exercises with automatic checks, like tests, show learners what they have really understood.",
}

skill{
  id = "onboarding", name = "Onboarding newcomers", field = "mentoring", side = "engineer",
  requires = { "mentoring", "documentation" },
  card = "Onboarding brings a new team member to productive work: a working development setup, a guided first task, a buddy and up-to-date docs. Each newcomer's questions reveal gaps in the documentation worth fixing.",
}

return skills
