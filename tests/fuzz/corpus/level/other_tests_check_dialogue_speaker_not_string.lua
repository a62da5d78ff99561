-- expect: FILE:16: 'speaker' in a dialogue line must be a string, not a number
return {
  format = 1,
  id = "check.dialogue_speaker_not_string",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  dialogue = {
    intro = {
      { speaker = 3, text = "Hello." },
    },
  },
}
