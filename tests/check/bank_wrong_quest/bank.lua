-- expect: FILE:4: the bank is in the folder 'bank_wrong_quest' but says quest = "web": a bank belongs to the quest whose folder holds it
return {
  format = 1,
  quest = "web",
  exercises = {
    status_created = {
      kind = "choice", skill = "http",
      prompt = "A POST created an order. Which status fits?",
      choices = {
        { "201 Created", right = true, why = "A new resource exists now." },
        { "200 OK", why = "A success, but it does not say that something was created." },
      },
      explain = "Use the most specific 2xx code.",
    },
  },
}
