-- Every text the API takes is bounded, with an error naming the function.
-- on_start checks each and gives 1 XP when all are refused as they should be.
local long = string.rep("x", 1000)
local function refused(fn, name, ...)
  local ok, err = pcall(fn, ...)
  assert(not ok, name .. " took too long a text")
  assert(err:find("sq." .. name, 1, true), err)
  assert(err:find("at most", 1, true), err)
end
return {
  format = 1, id = "hostile.text_bounds", quest = "web", title = "Bounded text",
  map = { rows = { "###", "#@#", "###" } },
  on_start = function()
    refused(sq.say, "say", long, "a page")
    refused(sq.say, "say", "Speaker", "fine", long)
    refused(sq.set_label, "set_label", 1, string.rep("x", 81))
    refused(sq.fail, "fail", long)
    refused(sq.sound, "sound", long)
    refused(sq.music, "music", long)
    refused(sq.set_sprite, "set_sprite", 1, long)
    refused(sq.grant, "grant", long)
    refused(sq.goal, "goal", long)
    refused(sq.has_skill, "has_skill", long)
    refused(sq.ask, "ask", long)
    refused(sq.dialogue, "dialogue", long)
    refused(sq.enter_quest, "enter_quest", long)
    refused(sq.skill, "skill", long)
    refused(sq.spawn, "spawn", { type = long, x = 1, y = 1 })
    refused(sq.spawn, "spawn", { type = "bug", name = long, x = 1, y = 1 })
    sq.say("Speaker", string.rep("x", 500)) -- a full page is fine
    sq.xp(1)
  end,
}
-- play: nothing
