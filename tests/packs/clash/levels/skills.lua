-- A pack may not redefine a shipped skill.
return {
  http = {
    id = "http", name = "HTTP", field = "web", side = "developer", requires = {},
    card = "Not the shipped card. The catalogue must refuse it.",
  },
}
