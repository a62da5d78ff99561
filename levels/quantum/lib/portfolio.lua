-- levels/quantum/lib/portfolio.lua: the design review's board (level 4).
-- Workload cards are carried to a QPU queue slot or a classical cluster slot.
-- A card offered to the wrong side is refused with the reason an engineer
-- would give; once every card sits where it belongs, sq.goal("portfolio
-- right"). The panel counts what is placed and what QPU hours are booked.
local M = {}

local S = { placed = {}, total = 0, right = 0, qpu = 0 }

function M.card_spawned(self)
  S.total = S.total + 1
  sq.set_label(self.id, self.props.label, true)
end

function M.slot_spawned(self)
  sq.set_label(self.id, self.props.side == "qpu" and "QPU queue" or "classical cluster")
end

function M.panel()
  sq.panel{
    title = "Next quarter's workloads",
    { string.format("Placed: %d of %d", S.right, S.total), value = S.total > 0 and S.right / S.total or 0,
      tone = S.right == S.total and "good" or nil },
    string.format("QPU queue: %d  classical: %d", S.qpu, S.right - S.qpu),
    S.right == S.total and "Every workload where it belongs" or "Carry each card to a slot",
  }
end

-- on_place of a slot: the card's own side decides, with its reason.
function M.place(slot, token)
  local want = token.props.side
  if not want then return false, "Only workload cards go here." end
  if want ~= slot.props.side then return false, token.props.why end
  S.placed[token.id] = true
  S.right = S.right + 1
  if want == "qpu" then S.qpu = S.qpu + 1 end
  sq.set_sprite(slot.id, "slot_lit")
  M.panel()
  if S.right == S.total then sq.goal("portfolio right") end
  return true
end

function M.take(slot, token)
  if S.placed[token.id] then
    S.placed[token.id] = nil
    S.right = S.right - 1
    if token.props.side == "qpu" then S.qpu = S.qpu - 1 end
  end
  sq.set_sprite(slot.id, "slot")
  M.panel()
end

function M.done() return S.right == S.total end

return M
