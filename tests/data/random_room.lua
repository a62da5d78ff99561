-- A room whose bugs start where sq.random puts them: the seed decides the
-- world (tests/seed.sh).
return {
  format = 1, id = "tests.random_room", quest = "tests", title = "Random room",
  map = {
    rows = {
      "####################",
      "#@.................#",
      "#..................#",
      "#..................#",
      "#..................#",
      "#..................#",
      "#..................#",
      "####################",
    },
  },
  on_start = function()
    for _ = 1, 6 do
      local x, y = sq.random(3, 17), sq.random(2, 6)
      sq.spawn{ type = "bug", x = x, y = y, props = { dir = sq.random(2) == 1 and "h" or "v" } }
    end
  end,
}
