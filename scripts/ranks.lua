-- scripts/ranks.lua: the career ranks, lowest first, and what each needs.
-- The game counts the player's held skills by side (each card in
-- scripts/skills/ says whether it belongs to the developer or the engineer
-- side) and by mastery (right on two different exercises, each when the
-- skill was due, at least 20 hours apart), and gives the highest rank whose
-- every number is met:
--   developer  developer-side skills held
--   engineer   engineer-side skills held
--   mastered   skills mastered, either side
--   quests     quests complete (every level of a field won)
--   passed     a level won (the capstone's last), with passed_text saying so in words
-- Senior comes after about three quests and some mastery; Backend Engineer
-- needs the engineer-side skills the design reviews and the capstone grant,
-- more mastery, and the Architect's Office passed.
return {
  {
    id = "junior", title = "Junior Backend Developer",
    developer = 0, engineer = 0, mastered = 0,
    card = "You write code to a blueprint someone else drew. Every feature you finish, every "
      .. "test you write and every bug you fix is how a backend developer grows.",
  },
  {
    id = "developer", title = "Backend Developer",
    developer = 5, engineer = 0, mastered = 0,
    card = "You build the APIs that handle data, write the business logic and its tests, fix "
      .. "bugs and work with front-end developers: the carpenter who builds to the blueprint.",
  },
  {
    id = "senior", title = "Senior Backend Developer",
    developer = 15, engineer = 0, mastered = 5, quests = 3,
    card = "Your code is clean, maintainable and efficient, across languages, databases and "
      .. "frameworks. Others count on your reviews and your debugging.",
  },
  {
    id = "engineer", title = "Backend Engineer",
    developer = 25, engineer = 8, mastered = 12, quests = 3,
    passed = "architect.decision", passed_text = "the Architect's Office passed",
    card = "You see the whole system: you design its architecture, choose its technologies, "
      .. "and see to its performance, security, deployment and monitoring. The architect.",
  },
}
