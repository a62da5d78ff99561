-- levels/quantum/03_simulator_room.lua: the Quantum Computing quest, level 3.
-- From the board to Qiskit: the same two-qubit board (lib/circuit.lua), now
-- with a backend switch. The Bell pair runs on the ideal simulator, then on
-- a noisy device, where a few shots land on 01 and 10. The exercises write
-- and fix Qiskit 2.x code: QuantumCircuit, StatevectorSampler, qiskit-aer's
-- AerSimulator with transpile, and what the 1.0 release removed.
-- Play order: Kenji (his question) -> the circuits orb, the circuit review
-- and the run settings -> the Qiskit orb, the notebook and the old tutorial ->
-- Ines (the noise orb, her question, the calibration log) -> the board -> exit.
-- Facts (Qiskit 2.x API, qiskit-aer, removals in 1.0, noise): FACTS.md.

local function board()
  return sq.module("circuit")
end

local asks = { Kenji = { "q3_qiskit_scenario" }, Ines = { "q3_noise_deep" } }
local right = {}

return {
  format = 1,
  id = "quantum.simulator_room",
  quest = "quantum",
  title = "The Simulator Room",
  brief = "The board is a circuit; Qiskit writes the same circuit in Python. Kenji keeps the lab's "
    .. "notebooks, Ines the real chip. Talk to Kenji first. {hint} gives a hint.",
  music = "quantum_lab",
  requires = { "python", "qubits", "superposition", "quantum_gates", "quantum_measurement", "entanglement" },

  behaviours = {
    qgate = {
      sprite = "token_chip_blue", solid = true, size = { 14, 14 },
      props = { gate = "H, X, Z or CX (CNOT)", label = "what it shows" },
      on_spawn = function(self) sq.set_label(self.id, self.props.label, true) end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    wire = {
      sprite = "slot", solid = true,
      props = { q = "the qubit of this wire (0 or 1)", col = "the step, from 1" },
      on_spawn = function(self) board().slot_spawned(self) end,
      on_place = function(self, token) return board().place(self, token) end,
      on_take = function(self, token) board().take(self, token) end,
    },
    qubit = {
      sprite = "quantum_socket", solid = true,
      props = { label = "the wire's name", text = "what it says" },
      on_spawn = function(self) sq.set_label(self.id, self.props.label, true) end,
      on_interact = function(self) sq.say("Qubit", self.props.text) end,
    },
    lever = {
      sprite = "lever_0", solid = true,
      on_spawn = function(self) sq.set_label(self.id, "measure", true) end,
      on_interact = function(self)
        sq.set_sprite(self.id, "lever_1")
        sq.say("Measure", board().measure(1000))
        sq.after(0.5, function() sq.set_sprite(self.id, "lever_0") end)
      end,
    },
    rack = {
      sprite = "quantum_gate_rack", solid = true,
      on_spawn = function(self) sq.set_label(self.id, "spare", true) end,
      on_place = function(self, token)
        if not token.props.gate then return false, "The rack holds gates." end
        return true
      end,
    },
    switch = {
      sprite = "lever_0", solid = true,
      on_spawn = function(self) sq.set_label(self.id, "backend", true) end,
      on_interact = function(self)
        local now = board().toggle_noise()
        sq.set_sprite(self.id, board().noisy() and "lever_1" or "lever_0")
        sq.say("Backend", "Circuits now run on the " .. now .. ".")
      end,
    },
    marker = { hidden = true },
  },

  map = {
    theme = "quantum",
    legend = {
      M = { type = "mentor", name = "Kenji", dialogue = "kenji", look = "kenji", facing = "down" },
      I = { type = "mentor", name = "Ines", dialogue = "ines", look = "ines", facing = "down" },
      D = { type = "terminal", name = "circuit review", quiz = "q3_circ_code" },
      e = { type = "terminal", name = "run settings", quiz = "q3_circ_sort" },
      F = { type = "terminal", name = "notebook", quiz = "q3_qiskit_fill" },
      G = { type = "terminal", name = "old tutorial", quiz = "q3_qiskit_code" },
      H = { type = "terminal", name = "calibration log", quiz = "q3_noise_sort" },
      C = { type = "skill", name = "circuits orb", skill = "quantum_circuits" },
      Q = { type = "skill", name = "qiskit orb", skill = "qiskit" },
      N = { type = "skill", name = "noise orb", skill = "quantum_noise" },
      a = { type = "qubit", name = "q0", label = "q0 = |0>",
            text = "qc.h(0) acts on me: qubit 0, the rightmost bit of every count." },
      b = { type = "qubit", name = "q1", label = "q1 = |0>",
            text = "qc.cx(0, 1) flips me when q0 is 1: I am its target." },
      ["1"] = { type = "wire", name = "q0 step 1", q = 0, col = 1 },
      ["2"] = { type = "wire", name = "q0 step 2", q = 0, col = 2 },
      ["3"] = { type = "wire", name = "q0 step 3", q = 0, col = 3 },
      ["4"] = { type = "wire", name = "q1 step 1", q = 1, col = 1 },
      ["5"] = { type = "wire", name = "q1 step 2", q = 1, col = 2 },
      ["6"] = { type = "wire", name = "q1 step 3", q = 1, col = 3 },
      w = { type = "prop", sprite = "quantum_wire" },
      L = { type = "lever", name = "measure lever" },
      S = { type = "switch", name = "backend switch" },
      h = { type = "qgate", name = "H gate", gate = "H", label = "H" },
      x = { type = "qgate", name = "X gate", gate = "X", label = "X", sprite = "token_chip_red" },
      c = { type = "qgate", name = "CNOT gate", gate = "CX", label = "CNOT", sprite = "token_chip_yellow" },
      R = { type = "rack", name = "spare rack A" },
      U = { type = "rack", name = "spare rack B" },
      n = { type = "sign", name = "lab notes", speaker = "Lab notes",
            text = "Checked against: the Qiskit 2.x docs (StatevectorSampler, what 1.0 removed), qiskit-aer 0.18 and qiskit-ibm-runtime's error-mitigation options. Sources: levels/quantum/FACTS.md." },
      W = { type = "marker", name = "board right" },
      f = { type = "tall_prop", sprite = "quantum_fridge" },
      y = { type = "prop", sprite = "quantum_lab_bench" },
      o = { type = "prop", sprite = "quantum_bloch_board" },
    },
    rows = {
      "################E###############",
      "#f.o..D...e..n.F...G....f..f..f#",
      "#..M...............I....y.....y#",
      "#....C....Q.........H..........#",
      "#..................N....f..o...#",
      "#...a.w1w.w2w.w3w.L............#",
      "#.......................f..f..f#",
      "#...b.w4w.w5w.w6w.S............#",
      "#.......................y..o..y#",
      "#....h...x.......c.............#",
      "#.......................f..f..f#",
      "#.@...R...U....................#",
      "#y..........................fWy#",
      "################################",
    },
  },

  dialogue = {
    kenji = {
      { "Kenji Watanabe, backend developer", "I turned the lab's circuits into Python. In Qiskit the "
        .. "board you built is qc.h(0), then qc.cx(0, 1), then qc.measure_all()." },
      "Qiskit 2 runs a circuit through a primitive: a Sampler gives counts, an Estimator "
        .. "expectation values. On a laptop, StatevectorSampler or qiskit-aer's AerSimulator.",
      "Half the tutorials online are older than Qiskit 1.0, and their code no longer runs. "
        .. "The orbs are along the north wall. First, a question from our support channel:",
    },
    ines = {
      { "Ines Carvalho, hardware engineer", "I keep the real chip in the fridge. Simulators are "
        .. "perfect; my qubits are not. Gates make small errors and qubits lose their state." },
      "Build a Bell pair, run it on the simulator, then flip the backend switch and run it on "
        .. "the noisy device. Look where the stray shots land. Now tell me:",
    },
  },

  exercises = {
    q3_circ_code = {
      kind = "code", skill = "quantum_circuits", language = "python",
      prompt = "This circuit should give a Bell pair's counts, 00 and 11 only. It gives 00 and 01. Which line is wrong?",
      code = [==[
from qiskit import QuantumCircuit

qc = QuantumCircuit(2)
qc.h(0)
qc.measure_all()
qc.cx(0, 1)
]==],
      answer = 5,
      why = {
        [4] = "H on qubit 0 comes first, as it should.",
        [5] = "measure_all() reads both qubits before the CNOT has tied them: move it to the end.",
        [6] = "qc.cx(0, 1) is right: control 0, target 1. It just comes after the readout.",
      },
      explain = "A circuit runs in the order it is written. Measurements belong at the end: "
        .. "here q1 was read as 0 before the CNOT could flip it.",
    },
    q3_circ_sort = {
      kind = "sort", skill = "quantum_circuits",
      prompt = "Is each part of the quantum circuit itself, or a setting of the run?",
      bins = { "The circuit", "The run" },
      items = {
        { "qc.h(0)", bin = 1, why = "A gate is an instruction of the circuit." },
        { "qc.cx(0, 1)", bin = 1, why = "A two-qubit gate, also in the circuit." },
        { "qc.measure_all()", bin = 1, why = "Measurements are instructions of the circuit too." },
        { "shots=4000", bin = 2, why = "How many times to run it: the run decides, not the circuit." },
        { "the backend it runs on", bin = 2, why = "The same circuit runs on a simulator or a chip." },
        { "optimization_level=2", bin = 2, why = "How hard the transpiler works to fit it to a backend." },
      },
      explain = "A circuit says what to do to the qubits; shots, backend and transpiler settings say how to run it.",
    },
    q3_qiskit_fill = {
      kind = "fill", skill = "qiskit", language = "python",
      prompt = "Run a Bell pair on Qiskit's built-in simulator and read its counts.",
      code = [==[
from qiskit import QuantumCircuit
from qiskit.primitives import {1}

qc = QuantumCircuit(2)
qc.h(0)
qc.cx(0, 1)
qc.measure_all()

job = StatevectorSampler().run([qc], shots=1000)
counts = job.result()[0].data.{2}.get_counts()
]==],
      blanks = {
        { options = { "StatevectorSampler", "Sampler", "Aer" }, answer = 1,
          why = {
            "The reference Sampler V2 that ships with Qiskit.",
            "The V1 Sampler was removed in Qiskit 2.0.",
            "Aer lives in the separate qiskit-aer package, not in qiskit.primitives.",
          } },
        { options = { "meas", "c", "counts" }, answer = 1,
          why = {
            "measure_all() names its classical register meas.",
            "c would be the name of a register you made yourself.",
            "Results are read per register; none is called counts.",
          } },
      },
      explain = "A Sampler takes a list of circuits (pubs) and returns one result per circuit; each "
        .. "classical register's bits are under result.data, by the register's name.",
    },
    q3_qiskit_code = {
      kind = "code", skill = "qiskit", language = "python",
      prompt = "This comes from a 2022 tutorial. With Qiskit 2.x and qiskit-aer installed, which line fails?",
      code = [==[
from qiskit import QuantumCircuit
from qiskit_aer import AerSimulator

qc = QuantumCircuit(2)
qc.h(0)
qc.cx(0, 1)
qc.measure_all()

sim = AerSimulator()
result = execute(qc, sim, shots=1000).result()
print(result.get_counts())
]==],
      answer = 10,
      why = {
        [2] = "Right for today: the simulator lives in qiskit_aer.",
        [9] = "AerSimulator() is the current simulator backend.",
        [10] = "execute() was removed in Qiskit 1.0: transpile(qc, sim), then sim.run(..., shots=1000).",
      },
      explain = "Since Qiskit 1.0: tqc = transpile(qc, sim); result = sim.run(tqc, shots=1000).result(). "
        .. "Or use a Sampler primitive, as IBM's hardware needs.",
    },
    q3_qiskit_scenario = {
      kind = "choice", skill = "qiskit", scenario = true,
      prompt = "A team's notebook starts with  from qiskit import Aer  and broke when they upgraded to Qiskit 2.x. What do you tell them?",
      choices = {
        { "pip install qiskit-aer, then from qiskit_aer import AerSimulator", right = true,
          why = "qiskit.Aer is gone since 1.0; the same simulators live in the qiskit-aer package." },
        { "Pin qiskit to 0.46 for good",
          why = "0.46 is the last pre-1.0 release and is no longer supported: it gets no fixes." },
        { "Use qiskit.BasicAer instead",
          why = "BasicAer was removed in Qiskit 1.0 as well." },
        { "Reinstall qiskit: the install is broken",
          why = "The install is fine; the import path was removed on purpose." },
      },
      explain = "Qiskit 1.0 (2024) removed qiskit.Aer, BasicAer and execute(). Simulators come from "
        .. "qiskit-aer; circuits run through transpile and backend.run, or a primitive.",
    },
    q3_noise_sort = {
      kind = "sort", skill = "quantum_noise",
      prompt = "A Bell pair ran 1000 shots on a real chip. Which counts fit an ideal Bell pair, and which show noise?",
      bins = { "Fits the ideal", "Shows noise" },
      items = {
        { "00: 489", bin = 1, why = "About half: an ideal pair gives 00 half the time." },
        { "11: 472", bin = 1, why = "About half too; 472 against 489 is ordinary shot-to-shot spread." },
        { "01: 21", bin = 2, why = "An ideal pair never gives 01: the bits always agree." },
        { "10: 18", bin = 2, why = "Never in the ideal either: a gate or readout error." },
      },
      explain = "Outcomes that should be impossible are the plainest sign of noise: gate errors, "
        .. "lost coherence and misread qubits all put shots where the ideal has none.",
    },
    q3_noise_deep = {
      kind = "choice", skill = "quantum_noise",
      prompt = "A circuit works on the simulator but gives near-random counts on hardware once it has a few hundred two-qubit gates in a row. Why?",
      choices = {
        { "Every gate adds a little error and qubits lose their state over time, so errors pile up", right = true,
          why = "Deep circuits multiply small errors until the signal is gone." },
        { "Hardware cannot run more than 100 gates", why = "There is no such hard limit; errors grow with depth." },
        { "The simulator is wrong", why = "An exact simulator gives the ideal answer; the hardware is what is noisy." },
        { "It needs more shots", why = "More shots sharpen the estimate of a wrong distribution; they remove no errors." },
      },
      explain = "On today's machines keep circuits shallow: fewer two-qubit gates, and a layout the transpiler fits to the chip.",
    },
  },

  hints = {
    "Kenji stands near the start: walk next to him and press {confirm}.",
    "The orbs are along the north wall; each has terminals next to it.",
    "Build a Bell pair, pull the measure lever, then flip the backend switch and measure again.",
  },

  goals = {
    { talk = "Kenji", text = "Talk to Kenji", hint = "Kenji is {where:Kenji}." },
    { collect = "quantum_circuits", text = "Hold Quantum circuits",
      hint = "Take the circuits orb, then answer the circuit review or the run settings." },
    { collect = "qiskit", text = "Hold Qiskit",
      hint = "Take the Qiskit orb, then answer Kenji, the notebook or the old tutorial." },
    { collect = "quantum_noise", text = "Hold Noise and errors",
      hint = "Take the noise orb near Ines, then answer her or the calibration log." },
    { reach = "board right", text = "A Bell pair on the simulator, then on the noisy device",
      hint = "H on q0, then a CNOT on q0. Measure; flip the backend switch; measure again." },
    { answer = "q3_qiskit_code", text = "Fix the old tutorial",
      hint = "The old tutorial is {where:old tutorial}: which call was removed in Qiskit 1.0?" },
  },

  grants = { xp = 70 },

  on_start = function()
    local function bell(p) return board().near(p["00"], 0.5) and board().near(p["11"], 0.5) end
    board().setup{
      qubits = 2, cols = 3, title = "Circuit board: q1 q0",
      tasks = {
        { text = "Bell pair, simulator",
          check = function(p) return bell(p) and not board().noisy() end,
          done = "Exactly 00 and 11: the simulator is perfect. Now flip the backend switch.",
          miss = "Not a Bell pair on the simulator yet: H on q0, then a CNOT on q0." },
        { text = "Bell pair, noisy device",
          check = function(p) return bell(p) and board().noisy() end,
          done = "Some shots landed on 01 and 10, which the ideal pair never gives: that is noise.",
          miss = "Keep the Bell pair, and flip the backend switch to the noisy device." },
      },
      on_done = function() sq.xp(15) end,
    }
    board().panel()
  end,

  on_collect = function()
    sq.xp(5)
  end,

  on_interact = function(e)
    local list = {}
    for _, id in ipairs(asks[e.name] or {}) do
      if not right[id] then list[#list + 1] = id end
    end
    if #list > 0 then sq.ask(list) end
  end,

  on_answer = function(id, correct)
    if correct then
      right[id] = true
      sq.xp(10)
    end
  end,
}
