-- expect: FILE: unknown music 'music_hubb'
return {
  format = 1,
  id = "check.unknown_music",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  music = "music_hubb",
}
