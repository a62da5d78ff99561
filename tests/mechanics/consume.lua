-- A slot that uses up what is placed on it: the level removes the token a
-- moment later, and the slot takes the next one (tests/mechanics/consume.test.lua).
return {
  format = 1, id = "tests.consume", quest = "tests", title = "Consume",
  map = {
    legend = {
      A = { type = "crate", name = "first crate" },
      B = { type = "crate", name = "second crate" },
      S = { type = "hopper", name = "hopper" },
    },
    rows = {
      "########",
      "#@.A.B.#",
      "#......#",
      "#...S..#",
      "########",
    },
  },
  behaviours = {
    crate = {
      sprite = "desk", solid = true, size = { 12, 10 }, offset = { -2, -6 },
      on_interact = function(self) sq.carry(self.id) end,
    },
    hopper = {
      sprite = "terminal_0", solid = true, size = { 14, 12 }, offset = { -1, -4 },
      on_place = function(_, token)
        sq.xp(10)
        sq.after(0.2, function() sq.remove(token.id) end)
      end,
    },
  },
}
