-- Level tests for 02_bell_bench.lua: run with `skillquest --test levels/quantum/`.

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

local function take_back(t, slot, rack)
  t.walk_to(slot); t.press("confirm")
  t.walk_to(rack); t.press("confirm")
end

local function measure(t)
  t.walk_to("measure lever"); t.press("confirm")
  local said = t.text()
  t.advance()
  return said or ""
end

local function start(t)
  t.load("02_bell_bench.lua")
  t.grant("qubits"); t.grant("superposition"); t.grant("quantum_gates")
  t.advance()
end

test("a CNOT takes both wires of its step, and says which is the target", function(t)
  start(t)
  t.expect(t.error() == nil, "no level error")
  carry(t, "H gate", "q0 step 1")
  carry(t, "CNOT gate", "q1 step 1")
  t.expect(t.toast() and t.toast():find("both wires"), "refused: H already sits on q0 in step 1")
  t.walk_to("q0 step 2"); t.press("confirm")
  t.expect(t.label("q1 step 2") == "target", "q1's slot in step 2 says target")
  local said = measure(t)
  t.expect(said:find("00: ") and said:find("11: ") and not said:find("01: "), "00 and 11 only: " .. said)
  t.expect(t.error() == nil, "no script errors")
end)

test("a wrong answer is explained and leaves the skill being learned", function(t)
  start(t)
  t.walk_to("measurement orb"); t.advance()
  t.walk_to("shot log"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().kind == "order", "the shot log asks for an order")
  t.expect(not t.solve(false), "out of order on purpose")
  t.expect(t.learning("quantum_measurement"), "still learning")
end)

test("the whole level can be played to the exit", function(t)
  start(t)
  use(t, "Amara")
  t.walk_to("measurement orb"); t.advance()
  t.expect(t.has_skill("quantum_measurement"), "Amara's answer counts once the orb teaches it")
  use(t, "shot log")
  t.walk_to("entanglement orb"); t.advance()
  use(t, "Bell notes")
  t.expect(t.has_skill("entanglement"), "Entanglement held")
  carry(t, "X gate", "q0 step 1")
  t.expect(measure(t):find("Not a task"), "X on q0 gives 01, not 10")
  take_back(t, "q0 step 1", "spare rack A")
  carry(t, "spare rack A", "q1 step 1") -- the X comes back off the rack
  t.expect(measure(t):find("qubit 0 on the right"), "task 1: X on q1 gives 10")
  carry(t, "H gate", "q0 step 2")
  carry(t, "CNOT gate", "q0 step 3")
  local said = measure(t)
  t.expect(said:find("always disagree"), "X on q1 first, then H and CNOT: 01 and 10: " .. said)
  take_back(t, "q1 step 1", "spare rack B")
  said = measure(t)
  t.expect(said:find("always agree"), "H then CNOT: a Bell pair: " .. said)
  use(t, "pair checklist")
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
