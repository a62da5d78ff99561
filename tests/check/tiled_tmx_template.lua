-- expect: DIR/maps/template.tmx:15: object 2 uses the template 'mentor.tx'; SkillQuest does not read templates: detach it in Tiled (right-click it, Detach Template)
return {
  format = 1,
  id = "check.tiled_tmx_template",
  quest = "web",
  title = "Check",
  map = "maps/template.tmx",
}
