-- The quest mechanics the engine gives every level: a token carried to a
-- slot that accepts only its kind (and says why not), taken back, put down;
-- a readout panel; labels shown from afar; a gate that closes again; a
-- cancelled timer; a value kept for the quest; a module of the quest's own.
return {
  format = 1, id = "tests.carry", quest = "tests", title = "Carry and place",
  map = {
    legend = {
      R = { type = "crate", name = "red crate", kind = "red", label = "red" },
      B = { type = "crate", name = "blue crate", kind = "blue", label = "blue" },
      S = { type = "socket", name = "red socket", accepts = "red" },
    },
    rows = {
      "##########",
      "#@.R.B...#",
      "#........#",
      "#........#",
      "#.....S..#",
      "#........#",
      "##########",
    },
  },
  behaviours = {
    crate = {
      sprite = "desk", solid = true, size = { 12, 10 }, offset = { -2, -6 },
      on_spawn = function(self) sq.set_label(self.id, self.props.label, true) end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    socket = {
      sprite = "terminal_0", solid = true, size = { 14, 12 }, offset = { -1, -4 },
      on_place = function(self, token)
        if token.props.kind ~= self.props.accepts then
          return false, "This socket takes " .. self.props.accepts .. " crates."
        end
        return true
      end,
    },
  },
  on_start = function()
    local tools = sq.module("tools")
    sq.panel{ title = "Board", "Placed: 0", { tools.words(0.25), value = 0.25, marker = 0.5 } }
    local t = sq.after(0.5, function() sq.fail("a cancelled timer ran") end)
    sq.cancel(t)
    sq.keep("visits", (tonumber(sq.kept("visits")) or 0) + 1)
  end,
  on_place = function(slot, token)
    sq.panel{ title = "Board", "Placed: 1", { "full", value = 1, tone = "good" } }
    sq.xp(10)
    return true
  end,
  on_take = function(slot, token)
    sq.xp(20)
  end,
}
