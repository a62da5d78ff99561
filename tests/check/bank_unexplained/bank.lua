-- expect: FILE:8: bank exercise 'status_created' needs 'skill': a bank's items are asked in review of it
-- expect: FILE:8: exercise 'status_created': choice 2 ("200 OK") has no 'why': say why it is wrong
-- expect: FILE:17: exercise 'levels': exercises unknown skill 'htp'
return {
  format = 1,
  quest = "bank_unexplained",
  exercises = {
    status_created = {
      kind = "choice",
      prompt = "A POST created an order. Which status fits?",
      choices = {
        { "201 Created", right = true, why = "A new resource exists now." },
        { "200 OK" },
      },
      explain = "Use the most specific 2xx code.",
    },
    levels = { kind = "order", skill = "htp", prompt = "Put them in order.",
      items = { "one", "two", "three" }, explain = "Counting." },
  },
}
