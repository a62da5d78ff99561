-- The font set (tests/screens/font.replay): every printable ASCII character
-- in the game's text font, in a dialogue page, and code in the monospace font
-- in a code exercise, so a golden image shows each one reads clearly
-- ("admin" not "aclmin", straight quotes, braces, the pipe).
local ASCII = [[ !"#$%&'()*+,-./0123456789:;<=>?@ ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`]]
  .. [[ abcdefghijklmnopqrstuvwxyz{|}~ admin "quoted" 'single' SkillQuest]]
return {
  format = 1,
  id = "screens.font",
  quest = "tests",
  title = "Font",
  brief = ASCII,
  map = { rows = { "#######", "#..@..#", "###E###" } },
}
