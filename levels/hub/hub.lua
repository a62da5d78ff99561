-- levels/hub/hub.lua: the campus hub. One portal for each field of the
-- curriculum, placed in on_start from sq.quests(): a field's portal counts
-- the levels found for it (shipped and in level packs), says "coming soon"
-- when there are none, and opens once the player holds the skills that
-- field builds on (scripts/fields.lua).
return {
  format = 1,
  id = "hub.campus",
  quest = "hub",
  title = "The Campus",
  brief = "Each portal leads to a quest: one field of backend work. Walk up to a portal and "
    .. "press {confirm}. Portals open as you learn the skills their field builds on.",

  map = {
    legend = {
      G = { type = "mentor", name = "Grace", dialogue = "welcome" },
      V = { type = "review", name = "review desk" },
    },
    rows = {
      "########################################",
      "#.P..................................P.#",
      "#......................................#",
      "#......................................#",
      "#......................................#",
      "#......................................#",
      "#......................................#",
      "#......................................#",
      "#..,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,..#",
      "#..,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,..#",
      "#......................................#",
      "#......................................#",
      "#......................................#",
      "#.....BB........................RR.....#",
      "#......................................#",
      "#......................................#",
      "#..P.............G...V..............P..#",
      "#..................@...................#",
      "#......................................#",
      "########################################",
    },
  },

  dialogue = {
    welcome = {
      { "Grace, staff engineer", "A backend developer is like a skilled carpenter who builds "
        .. "to a blueprint: APIs, business logic, tests, fixing bugs." },
      "A backend engineer is more like the architect: designs the system, chooses the "
        .. "technologies, and sees that it is secure, fast enough, deployed and watched.",
      "Every portal here is one field. Start with Web Development; the others open as your "
        .. "skills grow. Press {menu} for the menu at any time.",
      "The review desk beside me asks again what you answered before: a day later, then "
        .. "after longer gaps. Answer a skill right again on a later day and you master it.",
    },
  },

  on_start = function()
    for i, q in ipairs(sq.quests()) do
      local col, row = (i - 1) % 6, (i - 1) // 6
      sq.spawn{ type = "portal", name = q.id, x = 5 + col * 6, y = 4 + row * 8, quest = q.id }
    end
  end,
}
