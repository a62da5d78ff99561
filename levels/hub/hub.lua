-- levels/hub/hub.lua: the campus. One station per field of the curriculum,
-- placed in on_start from sq.quests(): a portal in the field's colours with
-- its emblem, two pieces of the field's own furniture beside it, and a
-- label that names the field and its state (open and how far, what it
-- needs first, coming soon, complete). The Architect's Office, the capstone,
-- stands apart at the top. Web Development, where everyone
-- starts, is marked. Back from a quest, the player stands at the portal
-- they took; Grace welcomes a player once per save.
local STATIONS = {
  -- field id = the props that stand beside its portal
  web = { "web_monitor_desk", "web_globe" },
  data_science = { "data_shelf", "data_whiteboard" },
  web_scraping = { "scraping_catalogue", "scraping_lamp" },
  cybersecurity = { "security_monitors", "security_beacon" },
  ai_frameworks = { "ai_net_screen", "ai_rack" },
  quantum = { "quantum_bloch_board", "quantum_gate_rack" },
  cryptography = { "crypto_key_rack", "crypto_vault_door" },
  mentoring = { "mentoring_chalkboard", "mentoring_lectern" },
  automation = { "automation_gauge", "automation_pipes" },
  game_dev = { "games_crt", "games_beanbag" },
  apis = { "apis_departure_board", "apis_turnstile" },
  iot = { "iot_sensor", "iot_pi_bench" },
  architect = { "architect_drafting_table", "architect_whiteboard" },
}
-- The capstone's portal stands apart, top centre, above the twelve fields.
local CAPSTONE, CAPSTONE_X, CAPSTONE_Y = "architect", 20, 6
local START_QUEST = "web"
local COLUMNS, FIRST_X, STEP_X, FIRST_Y, STEP_Y = 4, 5, 10, 11, 6

return {
  format = 1,
  id = "hub.campus",
  quest = "hub",
  title = "The Campus",

  map = {
    theme = "hub",
    legend = {
      G = { type = "mentor", name = "Grace", dialogue = "welcome", look = "grace", facing = "down" },
      V = { type = "review", name = "review desk" },
      S = { type = "signpost", name = "campus map", speaker = "Campus map",
            text = "Twelve portals, one for each field of backend work. Start with Web "
              .. "Development, top left: it is open to everyone. The others open as you hold "
              .. "the skills their field builds on; each portal says what it needs." },
      T = { type = "tall_prop", sprite = "hub_tree" },
      L = { type = "tall_prop", sprite = "hub_lamp" },
      b = { type = "prop", sprite = "hub_bench" },
      f = { type = "prop", sprite = "hub_flowerbed" },
    },
    rows = {
      "##########################################",
      "#T......................................T#",
      "#........................................#",
      "#........................................#",
      "#........................................#",
      "#........................................#",
      "#........................................#",
      "#........................................#",
      "#........................................#",
      "#........................................#",
      "#........................................#",
      "#........................................#",
      "#........................................#",
      "#........................................#",
      "#........................................#",
      "#........................................#",
      "#........................................#",
      "#........................................#",
      "#........................................#",
      "#........................................#",
      "#........................................#",
      "#........................................#",
      "#........................................#",
      "#........................................#",
      "#L......f.......b.........b.......f.....L#",
      "#........................................#",
      "#...................S....................#",
      "#..................G...V.................#",
      "#....................@...................#",
      "#T......................................T#",
      "##########################################",
    },
  },

  dialogue = {
    welcome = {
      { "Grace, staff engineer", "Welcome to the campus. A backend developer is like a skilled "
        .. "carpenter who builds to a blueprint: APIs, business logic, tests, fixing bugs." },
      "A backend engineer is more like the architect: designs the system, chooses the "
        .. "technologies, and sees that it is secure, fast enough, deployed and watched.",
      "Every portal here is one field. Start with Web Development, top left; the others open "
        .. "as your skills grow. Press {menu} for the menu at any time.",
      "An orb teaches a skill; you hold it once you answer one of its questions right. The "
        .. "review desk beside me brings skills back when they are due.",
      "Mastered means right on two different questions, each when the skill was due, at least "
        .. "20 hours apart. Come back tomorrow and see.",
    },
  },

  on_start = function()
    local back = sq.kept("portal")
    local i = 0
    for _, q in ipairs(sq.quests()) do
      local x, y = CAPSTONE_X, CAPSTONE_Y
      if q.id ~= CAPSTONE then
        i = i + 1
        local col, row = (i - 1) % COLUMNS, (i - 1) // COLUMNS
        x, y = FIRST_X + col * STEP_X, FIRST_Y + row * STEP_Y
      end
      sq.spawn{ type = "portal", name = q.id, x = x, y = y, quest = q.id, start = q.id == START_QUEST }
      for k, sprite in ipairs(STATIONS[q.id] or {}) do
        sq.spawn{ type = "prop", x = x + (k == 1 and -2 or 2), y = y, sprite = sprite }
      end
      -- A finished quest: a star before its portal.
      if q.levels > 0 and q.won >= q.levels then sq.spawn{ type = "decal", x = x, y = y + 1 } end
      -- Back from this quest: out of its portal.
      if q.id == back then sq.move(sq.player().id, x, y + 1) end
    end
    if not sq.kept("welcomed") then
      sq.keep("welcomed", "yes")
      sq.dialogue("welcome")
    end
  end,
}
