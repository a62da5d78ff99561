-- expect: FILE:10: map row 2 uses 'Z', which the legend does not define
return {
  format = 1,
  id = "check.legend_undefined_char",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@..Z.#",
      "#######",
    },
  },
}
