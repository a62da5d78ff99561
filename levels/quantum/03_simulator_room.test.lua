-- Level tests for 03_simulator_room.lua: run with `skillquest --test levels/quantum/`.

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

local function measure(t)
  t.walk_to("measure lever"); t.press("confirm")
  local said = t.text()
  t.advance()
  return said or ""
end

local function start(t)
  t.load("03_simulator_room.lua")
  for _, s in ipairs({ "python", "qubits", "superposition", "quantum_gates",
                       "quantum_measurement", "entanglement" }) do t.grant(s) end
  t.advance()
end

test("the noisy device puts a few shots where an ideal Bell pair has none", function(t)
  start(t)
  t.expect(t.error() == nil, "no level error")
  carry(t, "H gate", "q0 step 1")
  carry(t, "CNOT gate", "q0 step 2")
  local ideal = measure(t)
  t.expect(ideal:find("00: ") and ideal:find("11: ") and not ideal:find("01: "), "ideal: 00 and 11 only: " .. ideal)
  t.expect(ideal:find("simulator is perfect"), "task 1 done")
  t.walk_to("backend switch"); t.press("confirm")
  t.expect(t.text() and t.text():find("noisy device"), "the switch says where circuits run")
  t.advance()
  local noisy = measure(t)
  t.expect(noisy:find("01: ") and noisy:find("10: "), "noisy: stray 01 and 10: " .. noisy)
  t.expect(noisy:find("that is noise"), "task 2 done")
  t.expect(t.error() == nil, "no script errors")
end)

test("the 2022 tutorial: a wrong line on purpose, then the right one", function(t)
  start(t)
  t.walk_to("circuits orb"); t.advance()
  use(t, "circuit review")
  t.walk_to("qiskit orb"); t.advance()
  t.expect(t.learning("qiskit"), "the orb teaches Qiskit")
  t.walk_to("old tutorial"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().kind == "code", "the tutorial's code")
  t.expect(not t.solve(false), "a line that is fine, on purpose")
  t.expect(t.learning("qiskit"), "still learning")
  use(t, "notebook")
  t.expect(t.has_skill("qiskit"), "StatevectorSampler and meas: Qiskit held")
end)

test("the whole level can be played to the exit", function(t)
  start(t)
  use(t, "Kenji")
  t.walk_to("circuits orb"); t.advance()
  use(t, "circuit review"); use(t, "run settings")
  t.expect(t.has_skill("quantum_circuits"), "Quantum circuits held")
  t.walk_to("qiskit orb"); t.advance()
  t.expect(t.has_skill("qiskit"), "Kenji's answer counts once the orb teaches it")
  use(t, "notebook"); use(t, "old tutorial")
  t.walk_to("noise orb"); t.advance()
  use(t, "Ines"); use(t, "calibration log")
  t.expect(t.has_skill("quantum_noise"), "Noise and errors held")
  carry(t, "H gate", "q0 step 1")
  carry(t, "CNOT gate", "q0 step 2")
  measure(t)
  t.walk_to("backend switch"); t.press("confirm"); t.advance()
  measure(t)
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
