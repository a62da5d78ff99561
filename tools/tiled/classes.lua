-- tools/tiled/classes.lua: the object classes a SkillQuest map uses in Tiled, with
-- their properties and defaults as scripts/behaviours.lua and docs/levels.md define
-- them. make_project.lua writes skillquest.tiled-project (Tiled 1.9 and later:
-- classes) and objecttypes.xml (Tiled 1.8: object types) from it; the test
-- tiled_project (tests/lua/check_tiled_project.lua) checks both are up to date and
-- that each default is what the behaviour really does.
--
-- A member's default is the value the game uses when the map leaves it out (Tiled
-- does not save a member still at its default); "" means "none": set it.
return {
  { name = "start", color = "#ff55cc55", members = {} },
  { name = "exit", color = "#ffe0c040", members = {} },
  { name = "npc", color = "#ff4f9bd9", members = {
    { name = "dialogue", type = "string", value = "" },
    { name = "text", type = "string", value = "Keep going: you are doing well." },
    { name = "look", type = "string", value = "" },
    { name = "facing", type = "string", value = "down" },
    { name = "teaches", type = "string", value = "" },
  } },
  { name = "mentor", color = "#ff4f9bd9", members = {
    { name = "dialogue", type = "string", value = "" },
    { name = "text", type = "string", value = "Keep going: you are doing well." },
    { name = "look", type = "string", value = "" },
    { name = "facing", type = "string", value = "down" },
    { name = "teaches", type = "string", value = "" },
  } },
  { name = "terminal", color = "#ff60c0c0", members = {
    { name = "quiz", type = "string", value = "" },
  } },
  { name = "skill", color = "#ff80d0ff", members = {
    { name = "skill", type = "string", value = "" },
  } },
  { name = "gate", color = "#ffc08040", members = {
    { name = "requires", type = "string", value = "" },
  } },
  { name = "sign", color = "#ffa0a0a0", members = {
    { name = "speaker", type = "string", value = "Sign" },
    { name = "text", type = "string", value = "..." },
  } },
  { name = "bug", color = "#ffe05050", members = {
    { name = "dir", type = "string", value = "h" },
    { name = "speed", type = "float", value = 2.5 },
  } },
  { name = "review", color = "#ffb080e0", members = {
    { name = "count", type = "int", value = 3 },
    { name = "speaker", type = "string", value = "Review desk" },
  } },
  { name = "portal", color = "#ffc060ff", members = {
    { name = "quest", type = "string", value = "" },
    { name = "start", type = "bool", value = false },
  } },
  { name = "signpost", color = "#ffa0a0a0", members = {
    { name = "speaker", type = "string", value = "Sign" },
    { name = "text", type = "string", value = "..." },
  } },
  { name = "prop", color = "#ff909090", members = {
    { name = "sprite", type = "string", value = "plant" },
  } },
  { name = "tall_prop", color = "#ff909090", members = {
    { name = "sprite", type = "string", value = "hub_tree" },
  } },
  { name = "decal", color = "#ff909090", members = {
    { name = "sprite", type = "string", value = "ui_star" },
  } },
}
