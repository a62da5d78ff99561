-- levels/architect/lib/board.lua: the design board of the Architect's Office.
-- Components (tokens) sit on the board's spots; the scenario runner feeds the
-- design to the architecture simulator (scripts/lib/systems.lua) against the
-- ticketing system's four scenarios and checks it against the requirements
-- Yusuf gave. The panel shows the bill while the player builds, and every
-- requirement with its number after a run; the runner names the first
-- requirement that breaks and why, in the simulator's words.
local M = {}

local systems = sq.module("systems")

-- The ticketing system's traffic: the on-sale spike and a normal hour.
local SPIKE = { rps = 12000, static = 0.4, reads = 0.45, writes = 0.15, minutes = 60 }
local function normal(event)
  return { rps = 800, static = 0.4, reads = 0.45, writes = 0.15, minutes = 60, event = event }
end
M.SCENARIOS = {
  spike = SPIKE,
  db_failure = normal("db_failure"),
  bad_deploy = normal("bad_deploy"),
  leaked_key = normal("leaked_key"),
}
M.BUDGET = 2500

-- Yusuf's requirements, as the simulator measures them.
M.REQUIREMENTS = {
  { scenario = "spike", measure = "latency", max = 200, text = "p95 at ten" },
  { scenario = "spike", measure = "errors", max = 0.01, text = "Errors at ten" },
  { scenario = "spike", measure = "oversold", max = 0, text = "Sold twice" },
  { scenario = "db_failure", measure = "outage", max = 5, text = "DB dies, down" },
  { scenario = "bad_deploy", measure = "errors", max = 0.01, text = "Bad deploy" },
  { scenario = "leaked_key", measure = "exposure", max = 60, text = "Key usable" },
  { scenario = "spike", measure = "cost", max = M.BUDGET, text = "Cost" },
}

local SPRITES = {
  cdn = "token_card_blue", load_balancer = "token_card_blue",
  app = "token_chip_green",
  cache = "token_crate_yellow", database = "token_crate_blue", replica = "token_crate_green",
  nosql = "token_crate_red", queue = "token_chip_yellow",
  monitoring = "token_card_yellow", secrets = "token_card_red", canary = "token_card_green",
}

local placed = {}   -- spot id -> component id
local door_id
local holds = false
local runs = 0

function M.dress(token)
  local c = systems.components[token.props.component]
  sq.set_sprite(token.id, SPRITES[token.props.component] or "token_card_blue")
  if c then sq.set_label(token.id, c.name .. ": " .. c.what) end
end

function M.door(id)
  door_id = id
end

-- The design as the simulator reads it: the components on the board.
function M.design()
  local list = {}
  for _, component in pairs(placed) do list[#list + 1] = component end
  table.sort(list)
  return list
end

function M.show(results)
  local design = M.design()
  local cost = systems.cost(design)
  if not results then
    sq.panel{
      title = "Design board",
      "Components: " .. #design .. " of 14",
      { "Cost: " .. systems.format("cost", cost) .. " of " .. systems.format("cost", M.BUDGET),
        value = math.min(1, cost / (M.BUDGET * 1.2)), marker = 1 / 1.2,
        tone = cost > M.BUDGET and "bad" or "good" },
      "Then ask the runner.",
    }
    return
  end
  local held = 0
  for _, row in ipairs(results) do held = held + (row.ok and 1 or 0) end
  local lines = { title = "Run " .. runs .. ": " .. held .. " of " .. #results .. " hold" }
  for _, row in ipairs(results) do
    lines[#lines + 1] = M.line(row)
  end
  sq.panel(lines)
end

-- A requirement's panel line: OK or NO, the number, and a bar whose marker
-- is the limit (the words carry it all; the bar only shows how close).
function M.line(row)
  local req, v = row.req, row.value
  local fill = req.max > 0 and math.min(1, v / (2 * req.max)) or (v > 0 and 1 or 0)
  return { (row.ok and "OK " or "NO ") .. req.text .. ": " .. systems.format(req.measure, v),
           value = fill, marker = 0.5, tone = row.ok and "good" or "bad" }
end

function M.place(spot, token)
  if not token.props.component then return false, "Only components go on the design board." end
  placed[spot.id] = token.props.component
  sq.set_sprite(spot.id, "slot_lit")
  M.show()
  return true
end

function M.take(spot, token)
  placed[spot.id] = nil
  sq.set_sprite(spot.id, "slot")
  M.show()
end

-- Runs every scenario; returns the checked rows and whether all hold.
function M.evaluate(design)
  local results = {}
  for name, scenario in pairs(M.SCENARIOS) do
    results[name] = systems.simulate(design, scenario)
  end
  local rows, all = systems.check(results, M.REQUIREMENTS)
  return rows, all, results
end

function M.run()
  local design = M.design()
  if #design == 0 then
    sq.say("Scenario runner", "The board is empty. Carry components from the shelves to its squares.")
    return
  end
  runs = runs + 1
  local rows, all, results = M.evaluate(design)
  M.show(rows)
  if all then
    if not holds then
      holds = true
      sq.goal("design holds")
      sq.keep("design", table.concat(design, ","))
      sq.xp(30)
      if door_id then sq.open_gate(door_id) end
      sq.say("Scenario runner", "Every requirement holds, for "
        .. systems.format("cost", systems.cost(design)) .. " a month. The exit door is open.")
      sq.ask({ "arch_design_2" })
    else
      sq.say("Scenario runner", "Every requirement still holds.")
    end
    return
  end
  -- The first requirement that breaks, and the simulator's reasons.
  for _, row in ipairs(rows) do
    if not row.ok then
      local why = results[row.req.scenario].why
      local text = row.req.text .. " is " .. systems.format(row.req.measure, row.value)
        .. ", over the " .. systems.format(row.req.measure, row.req.max) .. " allowed."
      if row.req.measure == "cost" then
        text = text .. " Something on the board is not earning its place."
      elseif #why > 0 then
        text = text .. " " .. table.concat(why, " ")
      end
      sq.say("Scenario runner", text)
      return
    end
  end
end

function M.holds()
  return holds
end

return M
