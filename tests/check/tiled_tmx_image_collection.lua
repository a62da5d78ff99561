-- expect: DIR/maps/collection.tmx:5: tileset 'pictures' is an image collection (an image per tile); SkillQuest needs one image holding every tile
return {
  format = 1,
  id = "check.tiled_tmx_image_collection",
  quest = "web",
  title = "Check",
  map = "maps/collection.tmx",
}
