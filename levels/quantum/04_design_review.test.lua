-- Level tests for 04_design_review.lua: run with `skillquest --test levels/quantum/`.

local function solve_all(t)
  t.advance()
  while t.exercise() do
    local id = t.exercise().id
    t.expect(t.solve(), "answered right: " .. id)
    t.advance()
  end
end

local function use(t, name)
  t.walk_to(name); t.press("confirm"); solve_all(t)
end

local function carry(t, token, slot)
  t.walk_to(token); t.press("confirm")
  t.walk_to(slot); t.press("confirm")
end

local PRE = { "python", "qubits", "superposition", "quantum_gates", "quantum_measurement",
              "entanglement", "quantum_circuits", "qiskit", "quantum_noise" }

local function start(t)
  t.load("04_design_review.lua")
  for _, s in ipairs(PRE) do t.grant(s) end
  t.advance()
end

-- Every card to a free slot of its side.
local function place_all(t)
  local n = { qpu = 0, classical = 0 }
  for _, c in ipairs({ { "van routing", "classical" }, { "log sorting", "classical" },
                       { "fraud score", "classical" }, { "molecule study", "qpu" },
                       { "sampling study", "qpu" } }) do
    n[c[2]] = n[c[2]] + 1
    carry(t, c[1], (c[2] == "qpu" and "QPU slot " or "classical slot ") .. n[c[2]])
  end
end

test("a workload on the wrong side is refused, with the engineer's reason", function(t)
  start(t)
  t.expect(t.error() == nil, "no level error")
  carry(t, "fraud score", "QPU slot 1")
  t.expect(t.toast() and t.toast():find("50 ms"), "refused: " .. tostring(t.toast()))
  t.walk_to("classical slot 1"); t.press("confirm")
  local cx, cy = t.where("fraud score")
  local sx, sy = t.where("classical slot 1")
  t.expect(math.abs(cx - sx) < 0.5 and math.abs(cy - sy) < 0.5, "the cluster takes it")
  t.expect(t.error() == nil, "no script errors")
end)

test("a wrong answer about Shor is explained, then the inventory is right", function(t)
  start(t)
  use(t, "Elena")
  t.walk_to("shor orb"); t.advance()
  if t.where("shor orb") then t.walk_to("shor orb"); t.advance() end -- the cloud orb lay on the way
  t.expect(t.learning("shor"), "the orb teaches Shor's algorithm")
  t.walk_to("crypto inventory"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().kind == "fill", "the inventory")
  t.expect(not t.solve(false), "wrong on purpose")
  t.expect(t.learning("shor"), "still learning")
  t.advance()
  use(t, "Yusuf")
  t.expect(t.has_skill("shor"), "Yusuf's scenario, right: Shor's algorithm held")
end)

test("the whole level can be played to the exit", function(t)
  start(t)
  use(t, "Elena")
  t.walk_to("cloud orb"); t.advance()
  t.expect(t.has_skill("quantum_cloud"), "Elena's answer counts once the orb teaches it")
  use(t, "patterns board")
  local xp = t.xp()
  place_all(t)
  t.wait(30)
  t.expect(t.text() and t.text():find("wrong tool") == nil and t.text():find("worth its queue"),
    "Elena sums up the portfolio: " .. tostring(t.text()))
  t.advance()
  t.walk_to("shor orb"); t.advance()
  use(t, "Yusuf"); use(t, "crypto inventory")
  t.expect(t.has_skill("shor"), "Shor's algorithm held")
  t.expect(t.xp() > xp, "XP for the answers")
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
