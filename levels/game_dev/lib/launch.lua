-- levels/game_dev/lib/launch.lua: the design review of level 5. COMET
-- goes online: a global leaderboard for launch day. The player decides
-- four things on the review wall, then pulls the launch lever, which plays
-- launch day against the design (a fixed script, the same every time):
--   09:00  200,000 players open the top 100     (top: sql | redis)
--   09:02  a modded client posts 999,999,999     (score: client | server)
--   09:05  a bot posts 50,000 scores a second    (limit: none | rate)
--   09:10  the database pool runs out at 100     (before: hope | load)
-- The panel shows p99 latency, errors and cheaters on the board.
-- sq.goal("launch approved") once all four hold.
local M = {}

local S = { slots = {}, choice = {}, approved = false }
local ORDER = { "score", "limit", "top", "before" }
local TITLES = { score = "Score", limit = "Submits", top = "Top 100", before = "Before launch" }

function M.slot_spawned(self) S.slots[self.props.decision] = self.id end
function M.approved() return S.approved end

local function result()
  local c = S.choice
  local p99, errors, cheats = 40, 0, 0
  local lines = {}
  if c.top == "sql" then
    p99, errors = 4200, errors + 12
    lines[#lines + 1] = "09:00 ORDER BY over 3 million rows per view: the database pins at 100% CPU."
  else
    lines[#lines + 1] = "09:00 the top 100 comes from one sorted set, cached 5 s: 12 ms."
  end
  if c.score == "client" then
    cheats = 37
    lines[#lines + 1] = "09:02 the modded client's 999,999,999 is first. By noon 37 fakes fill the board."
  else
    lines[#lines + 1] = "09:02 the server replays the run's inputs: the fake score is refused."
  end
  if c.limit == "none" then
    errors = errors + 30
    lines[#lines + 1] = "09:05 the bot's 50,000 posts a second crowd out real players: timeouts."
  else
    lines[#lines + 1] = "09:05 the bot gets 429 Too Many Requests after its 5th post a minute."
  end
  if c.before == "hope" then
    errors = errors + 25
    lines[#lines + 1] = "09:10 the pool of 100 connections runs dry: players find the limit for you."
  else
    lines[#lines + 1] = "09:10 nothing: last week's load test at 3x peak found the pool limit first."
  end
  return p99, errors, cheats, lines
end

function M.panel()
  local filled = 0
  for _, k in ipairs(ORDER) do if S.choice[k] then filled = filled + 1 end end
  local out = { title = "Launch day: COMET online" }
  for _, k in ipairs(ORDER) do
    out[#out + 1] = TITLES[k] .. ": " .. (S.choice[k] and S.choice[k .. "_short"] or "-")
  end
  if filled == 4 then
    local p99, errors, cheats = result()
    out[#out + 1] = { string.format("p99 %d ms, errors %d%%", p99, errors),
      value = math.min(1, errors / 70), tone = errors == 0 and "good" or "bad" }
    out[#out + 1] = { string.format("Cheaters on the board: %d", cheats), tone = cheats == 0 and "good" or "bad" }
  end
  sq.panel(out)
end

function M.place(slot, token)
  local d = slot.props.decision
  if token.props.decision ~= d then
    return false, "That card answers another question: " .. TITLES[token.props.decision] .. "."
  end
  S.choice[d] = token.props.option
  S.choice[d .. "_short"] = token.props.short
  sq.set_label(token.id, "", true)
  sq.set_label(slot.id, TITLES[d] .. ":\n" .. token.props.short, true)
  M.panel()
  return true
end

function M.take(slot, token)
  local d = slot.props.decision
  S.choice[d], S.choice[d .. "_short"] = nil, nil
  sq.set_label(token.id, token.props.label, true)
  sq.set_label(slot.id, slot.props.label, true)
  M.panel()
end

-- The launch lever: what launch day does to the design, as pages.
function M.launch()
  for _, k in ipairs(ORDER) do
    if not S.choice[k] then
      return { "The wall has an empty slot: " .. TITLES[k] .. ". Decide all four, then launch." }
    end
  end
  local p99, errors, cheats, lines = result()
  local pages = lines
  if errors == 0 and cheats == 0 then
    if not S.approved then
      S.approved = true
      sq.goal("launch approved")
      sq.xp(40)
    end
    pages[#pages + 1] = string.format("p99 %d ms, no errors, no cheaters. Approved: COMET can "
      .. "launch online.", p99)
  else
    pages[#pages + 1] = string.format("p99 %d ms, %d%% errors, %d cheaters on the board. Change "
      .. "what broke and launch again.", p99, errors, cheats)
  end
  return pages
end

return M
