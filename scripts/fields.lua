-- scripts/fields.lua: the twelve fields of the curriculum, in its order, and the capstone.
-- Each becomes a quest: a portal in the hub, and the levels whose `quest`
-- is the field's id. A portal opens when the player holds every skill in
-- `requires` (the skill graph decides, not a list of levels) and, where a
-- field says `quests = N`, has completed N other quests.
return {
  { id = "web", name = "Web Development", requires = {} },
  { id = "data_science", name = "Data Science and ML", requires = { "python" } },
  { id = "web_scraping", name = "Web Scraping", requires = { "http", "html" } },
  { id = "cybersecurity", name = "Cybersecurity", requires = { "http" } },
  { id = "ai_frameworks", name = "AI and ML Frameworks", requires = { "python" } },
  { id = "quantum", name = "Quantum Computing", requires = { "python" } },
  { id = "cryptography", name = "Cryptography", requires = { "python" } },
  { id = "mentoring", name = "Mentoring and Teaching", requires = { "git" } },
  { id = "automation", name = "Automation and Scripting", requires = { "python" } },
  { id = "game_dev", name = "Game Development", requires = { "python" } },
  { id = "apis", name = "APIs and Microservices", requires = { "http", "json" } },
  { id = "iot", name = "Internet of Things", requires = { "python" } },
  -- The capstone, not a field: where the engineer designs a whole system.
  -- It opens once three other quests are complete (`quests`).
  { id = "architect", name = "The Architect's Office", requires = { "python", "http" }, quests = 3 },
}
