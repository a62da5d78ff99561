-- expect: DIR/maps/note.tmx:15: note: object 2 'idea' has no class, so the game ignores it (give it a Class such as npc, sign or exit to make it a thing in the level)
return {
  format = 1,
  id = "check.tiled_tmx_note",
  quest = "web",
  title = "Check",
  map = "maps/note.tmx",
}
