-- Level tests for 01_qubit_bench.lua: run with `skillquest --test levels/quantum/`.

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

-- Carries a gate token onto a slot of the wire.
local function carry(t, token, slot)
  t.walk_to(token); t.press("confirm")
  t.walk_to(slot); t.press("confirm")
end

local function take_back(t, slot)
  t.walk_to(slot); t.press("confirm")
  t.walk_to("spare rack A"); t.press("confirm")
end

local function measure(t)
  t.walk_to("measure lever"); t.press("confirm")
  local said = t.text()
  t.advance()
  return said or ""
end

test("an X on the wire makes every shot read 1", function(t)
  t.load("01_qubit_bench.lua")
  t.expect(t.error() == nil, "no level error")
  t.advance()
  carry(t, "X gate", "q0 step 1")
  local said = measure(t)
  t.expect(said:find("1000 shots: {1: 1000}"), "X: every shot reads 1: " .. said)
  t.expect(said:find("quantum NOT"), "the first task is done")
  t.expect(t.error() == nil, "no script errors")
end)

test("a wrong answer is explained and leaves the skill being learned", function(t)
  t.load("01_qubit_bench.lua")
  t.advance()
  t.walk_to("qubit orb"); t.advance()
  t.expect(t.learning("qubits"), "the orb teaches Qubits")
  t.walk_to("amplitude terminal"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().id == "q1_qubit_counts", "the amplitude question")
  t.expect(not t.answer(2), "800 is the amplitude, not the probability: wrong on purpose")
  t.expect(t.learning("qubits"), "still learning after a miss")
  t.advance()
  t.walk_to("amplitude terminal"); t.press("confirm"); t.advance()
  t.expect(t.exercise(), "the terminal asks another question on Qubits")
  t.expect(t.solve(), "right this time")
  t.expect(t.has_skill("qubits"), "Qubits held")
end)

test("the whole level can be played to the exit", function(t)
  t.load("01_qubit_bench.lua")
  t.advance()
  use(t, "Mei Lin")
  t.walk_to("qubit orb"); t.advance()
  use(t, "amplitude terminal")
  t.expect(t.has_skill("qubits"), "Qubits held")
  t.walk_to("superposition orb"); t.advance()
  t.expect(t.has_skill("superposition"), "Mei Lin's answer counts once the orb teaches it")
  use(t, "state sorter")
  t.walk_to("gates orb"); t.advance()
  use(t, "gate notes")
  t.expect(t.has_skill("quantum_gates"), "Quantum gates held")
  local xp = t.xp()
  carry(t, "X gate", "q0 step 1")
  t.expect(measure(t):find("quantum NOT"), "task 1: X")
  take_back(t, "q0 step 1")
  carry(t, "H gate A", "q0 step 1")
  local coin = measure(t)
  t.expect(coin:find("fair coin"), "task 2: H: " .. coin)
  carry(t, "Z gate", "q0 step 2")
  t.expect(not measure(t):find("interference"), "H Z alone is still a coin")
  carry(t, "H gate B", "q0 step 3")
  local hzh = measure(t)
  t.expect(hzh:find("{1: 1000}") and hzh:find("interference"), "task 3: H Z H: " .. hzh)
  t.expect(t.xp() >= xp + 30, "each task earns XP")
  use(t, "lab log")
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
