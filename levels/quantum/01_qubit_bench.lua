-- levels/quantum/01_qubit_bench.lua: the Quantum Computing quest, level 1.
-- One qubit on the circuit board (lib/circuit.lua): the player carries gate
-- tokens onto the wire and watches the amplitudes and probabilities change,
-- then pulls the measure lever for 1000 shots. Three tasks: a certain 1 (X),
-- a fair coin (H), and a certain 1 with no X (H Z H: interference).
-- Play order: Mei Lin (her question) -> the qubit orb and the amplitude
-- terminal -> the superposition orb and the state sorter -> the gates orb,
-- the gate notes and the lab log -> the board -> exit.
-- Facts (amplitudes, H/X/Z, Qiskit's bit order): FACTS.md.

local function board()
  return sq.module("circuit")
end

local asks = { ["Mei Lin"] = { "q1_sup_myth" } }
local right = {}

local DONE = {
  "X flips |0> to |1>: the quantum NOT. Every shot reads 1.",
  "H makes an equal superposition: each shot is a fresh, fair coin.",
  "H Z H acts as X: Z flipped the sign of |1>, and the second H turned that sign into a certain 1. That is interference.",
}

return {
  format = 1,
  id = "quantum.qubit_bench",
  quest = "quantum",
  title = "The Qubit Bench",
  brief = "Welcome to the Cryo Lab. Mei Lin shows you what a qubit is, and the circuit board in the "
    .. "middle is yours to try it on. Walk with {move}, {confirm} to talk, {hint} for a hint.",
  music = "quantum_lab",

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
    -- A spare place to set a gate down: it takes any gate.
    rack = {
      sprite = "quantum_gate_rack", solid = true,
      on_spawn = function(self) sq.set_label(self.id, "spare", true) end,
      on_place = function(self, token)
        if not token.props.gate then return false, "The rack holds gates." end
        return true
      end,
    },
    marker = { hidden = true },
  },

  map = {
    theme = "quantum",
    legend = {
      M = { type = "mentor", name = "Mei Lin", dialogue = "mei", look = "mei", facing = "down" },
      A = { type = "terminal", name = "amplitude terminal", quiz = "q1_qubit_counts" },
      T = { type = "terminal", name = "state sorter", quiz = "q1_sup_sort" },
      G = { type = "terminal", name = "gate notes", quiz = "q1_gate_fill" },
      C = { type = "terminal", name = "lab log", quiz = "q1_gate_trace" },
      Q = { type = "skill", name = "qubit orb", skill = "qubits" },
      S = { type = "skill", name = "superposition orb", skill = "superposition" },
      N = { type = "skill", name = "gates orb", skill = "quantum_gates" },
      q = { type = "qubit", name = "q0", label = "q0 = |0>",
            text = "Every run starts me in |0>. The gates act left to right; the lever measures me." },
      ["1"] = { type = "wire", name = "q0 step 1", q = 0, col = 1 },
      ["2"] = { type = "wire", name = "q0 step 2", q = 0, col = 2 },
      ["3"] = { type = "wire", name = "q0 step 3", q = 0, col = 3 },
      w = { type = "prop", sprite = "quantum_wire" },
      L = { type = "lever", name = "measure lever" },
      h = { type = "qgate", name = "H gate A", gate = "H", label = "H" },
      k = { type = "qgate", name = "H gate B", gate = "H", label = "H" },
      x = { type = "qgate", name = "X gate", gate = "X", label = "X", sprite = "token_chip_red" },
      z = { type = "qgate", name = "Z gate", gate = "Z", label = "Z", sprite = "token_chip_green" },
      f = { type = "tall_prop", sprite = "quantum_fridge" },
      b = { type = "prop", sprite = "quantum_bloch_board" },
      r = { type = "prop", sprite = "quantum_gate_rack" },
      y = { type = "prop", sprite = "quantum_lab_bench" },
      n = { type = "sign", name = "lab notes", speaker = "Lab notes",
            text = "Checked against: the matrices of H, X and Z (Qiskit's HGate, XGate, ZGate) and the Born rule; the board simulates them exactly. Sources: levels/quantum/FACTS.md." },
      W = { type = "marker", name = "board right" },
      R = { type = "rack", name = "spare rack A" },
      U = { type = "rack", name = "spare rack B" },
    },
    rows = {
      "################E###############",
      "#f.b...A.....T.n..G.....f..f..f#",
      "#.......................y.....y#",
      "#..M.Q......S..................#",
      "#.......................f..b...#",
      "#..............................#",
      "#...q.w1w.w2w.w3w.L.....f..f..f#",
      "#..............................#",
      "#..................N....y..b..y#",
      "#....h...k...x...z.............#",
      "#.......................f..f..f#",
      "#.@...R...U.....C..............#",
      "#y..r.r.r...................fWy#",
      "################################",
    },
  },

  dialogue = {
    mei = {
      { "Mei Lin Zhao, quantum software engineer", "Welcome to the Cryo Lab! The fridge keeps our "
        .. "chip near absolute zero. You will program it from Python, but first: what is a qubit?" },
      "A bit is 0 or 1. A qubit holds two amplitudes, one for 0 and one for 1. Measure it and you "
        .. "get 0 or 1, with probability the amplitude squared.",
      "The board in the middle is one qubit, q0, with three steps. Carry gates from the rack onto "
        .. "the wire: the panel shows the state and the odds. The lever measures 1000 shots.",
      "Take the orbs as you go. Three tasks are on the panel. But first, a claim I hear every week:",
    },
  },

  exercises = {
    q1_qubit_counts = {
      kind = "choice", skill = "qubits",
      prompt = "A qubit is in the state 0.6|0> + 0.8|1>. You measure 1000 prepared copies. About how many 1s do you count?",
      choices = {
        { "About 640", right = true, why = "P(1) is the amplitude squared: 0.8 x 0.8 = 0.64." },
        { "About 800", why = "0.8 is the amplitude, not the probability: square it." },
        { "About 500", why = "Only an equal superposition gives half and half." },
        { "About 360", why = "0.36 = 0.6 squared is the chance of 0, not of 1." },
      },
      explain = "Probabilities are squared amplitudes, and they add up to 1: 0.36 + 0.64.",
    },
    q1_sup_sort = {
      kind = "sort", skill = "superposition",
      prompt = "Each qubit starts in |0> and gets these gates, left to right. What do 1000 shots show?",
      bins = { "Half 0, half 1", "Always 0", "Always 1" },
      items = {
        { "H", bin = 1, why = "H|0> = (|0> + |1>)/sqrt 2: an equal superposition." },
        { "X, H", bin = 1, why = "H|1> = (|0> - |1>)/sqrt 2: the minus sign does not show in counts." },
        { "H, H", bin = 2, why = "H undoes itself: the amplitudes of |1> cancel out." },
        { "H, Z, H", bin = 3, why = "Z flips the sign of |1>, so the second H makes the |0> parts cancel." },
        { "X", bin = 3, why = "X flips |0> to |1>." },
        { "Z", bin = 2, why = "Z changes only the sign of |1>, and there is no |1> part." },
      },
      explain = "Signs (phases) do not show in one measurement, but the next gates turn them into "
        .. "certain outcomes: amplitudes add up or cancel. That is interference.",
    },
    q1_sup_myth = {
      kind = "choice", skill = "superposition", scenario = true,
      prompt = "A colleague says: 50 qubits in superposition hold 2^50 values, so the machine tries every password at once and reads out the right one. What do you answer?",
      choices = {
        { "A measurement gives one random outcome; an algorithm must make wrong answers cancel", right = true,
          why = "Useful speedups come from interference, and for plain search that gives only a square root." },
        { "Right, that is how a quantum computer beats every classical one",
          why = "Reading out all 2^50 values is impossible: a measurement returns one of them." },
        { "Wrong, because 50 qubits hold only 50 values",
          why = "The state does have 2^50 amplitudes; the catch is reading them out." },
        { "Right, once error correction works",
          why = "Error correction fixes noise; it does not let you read every amplitude." },
      },
      explain = "A superposition is not a stack of answers to read. Grover's search needs about sqrt(N) steps, not one.",
    },
    q1_gate_fill = {
      kind = "fill", skill = "quantum_gates", language = "text",
      prompt = "Turn |0> into |1>, then into an equal superposition whose |1> part has a minus sign.",
      code = [==[
|0>  --{1}-->  |1>
|1>  --{2}-->  (|0> - |1>) / sqrt(2)
]==],
      blanks = {
        { options = { "X", "H", "Z" }, answer = 1,
          why = { "X swaps the amplitudes of |0> and |1>: a NOT.",
                  "H would make (|0> + |1>)/sqrt 2, not |1>.",
                  "Z leaves |0> as it is." } },
        { options = { "H", "X", "Z" }, answer = 1,
          why = { "H|1> = (|0> - |1>)/sqrt 2.",
                  "X would flip |1> back to |0>.",
                  "Z|1> = -|1>: a sign, no superposition." } },
      },
      explain = "X is the NOT, H makes and unmakes superpositions, Z flips the sign of |1>. Each is "
        .. "its own inverse: applied twice, it does nothing.",
    },
    q1_gate_trace = {
      kind = "code", skill = "quantum_gates", language = "text",
      prompt = "A lab log traces one qubit through three gates. Which line has the wrong state?",
      code = [==[
start:     |0>
after H:   (|0> + |1>) / sqrt(2)
after Z:   (|0> - |1>) / sqrt(2)
after H:   |0>
]==],
      answer = 4,
      why = {
        [2] = "Right: H|0> is the equal superposition.",
        [3] = "Right: Z flips the sign of the |1> part.",
        [4] = "H of (|0> - |1>)/sqrt 2 is |1>: the |0> parts cancel, the |1> parts add up.",
      },
      explain = "H Z H equals X. The log should end in |1>, which the board's third task shows: "
        .. "every shot reads 1.",
    },
  },

  hints = {
    "Mei Lin stands near the start: walk next to her and press {confirm}.",
    "Take the orbs and answer the terminals; carry gates from the rack onto the wire of slots.",
    "The measure lever runs 1000 shots and checks the task on the panel.",
  },

  goals = {
    { talk = "Mei Lin", text = "Talk to Mei Lin",
      hint = "Mei Lin is {where:Mei Lin}." },
    { collect = "qubits", text = "Hold Qubits",
      hint = "Take the qubit orb next to Mei Lin, then answer the amplitude terminal on the north wall." },
    { collect = "superposition", text = "Hold Superposition",
      hint = "The superposition orb is {where:superposition orb}; answer Mei Lin or the state sorter." },
    { collect = "quantum_gates", text = "Hold Quantum gates",
      hint = "The gates orb is below the board; then the gate notes on the north wall." },
    { reach = "board right", text = "Do the board's three tasks",
      hint = "X for a certain 1; H for a coin; then H, Z, H with no X. Pull the lever each time." },
    { answer = "q1_gate_trace", text = "Check the lab log",
      hint = "The lab log is {where:lab log}." },
  },

  grants = { xp = 60 },

  on_start = function()
    board().setup{
      qubits = 1, cols = 3, title = "Circuit board: q0",
      tasks = {
        { text = "a 1 on every shot",
          check = function(p) return board().near(p["1"], 1) end, done = DONE[1] },
        { text = "a fair coin: half 0, half 1",
          check = function(p) return board().near(p["0"], 0.5) end, done = DONE[2] },
        { text = "a 1 every shot, no X gate",
          check = function(p, used) return board().near(p["1"], 1) and not used.X end, done = DONE[3],
          miss = "The task wants a certain 1 without X: try H, then Z, then H." },
      },
      on_done = function() sq.xp(10) end,
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
