-- levels/quantum/02_bell_bench.lua: the Quantum Computing quest, level 2.
-- Two qubits on the circuit board (lib/circuit.lua), with a CNOT token that
-- takes both wires of its step. Three tasks: the outcome "10" on every shot
-- (Qiskit's bit order: q0 is the rightmost bit), a Bell pair (00 and 11, half
-- each) and its anti-correlated cousin (01 and 10).
-- Play order: Amara (her question) -> the measurement orb and the shot log ->
-- the entanglement orb, the Bell notes and the pair checklist -> the board ->
-- exit.
-- Facts (measurement, shots, Bell states, no signalling, bit order): FACTS.md.

local function board()
  return sq.module("circuit")
end

local asks = { Amara = { "q2_meas_scenario" } }
local right = {}

return {
  format = 1,
  id = "quantum.bell_bench",
  quest = "quantum",
  title = "The Bell Bench",
  brief = "A second qubit joins the board, and a CNOT that ties them together. Amara runs this "
    .. "bench: talk to her first. {hint} gives a hint.",
  music = "quantum_lab",
  requires = { "qubits", "superposition", "quantum_gates" },

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
    marker = { hidden = true },
  },

  map = {
    theme = "quantum",
    legend = {
      M = { type = "mentor", name = "Amara", dialogue = "amara", look = "amara", facing = "down" },
      O = { type = "terminal", name = "shot log", quiz = "q2_meas_order" },
      B = { type = "terminal", name = "Bell notes", quiz = "q2_ent_fill" },
      K = { type = "terminal", name = "pair checklist", quiz = "q2_ent_order" },
      Q = { type = "skill", name = "measurement orb", skill = "quantum_measurement" },
      S = { type = "skill", name = "entanglement orb", skill = "entanglement" },
      a = { type = "qubit", name = "q0", label = "q0 = |0>",
            text = "I am qubit 0: in Qiskit's counts I am the rightmost bit." },
      b = { type = "qubit", name = "q1", label = "q1 = |0>",
            text = "I am qubit 1: in Qiskit's counts I am the leftmost of two bits." },
      ["1"] = { type = "wire", name = "q0 step 1", q = 0, col = 1 },
      ["2"] = { type = "wire", name = "q0 step 2", q = 0, col = 2 },
      ["3"] = { type = "wire", name = "q0 step 3", q = 0, col = 3 },
      ["4"] = { type = "wire", name = "q1 step 1", q = 1, col = 1 },
      ["5"] = { type = "wire", name = "q1 step 2", q = 1, col = 2 },
      ["6"] = { type = "wire", name = "q1 step 3", q = 1, col = 3 },
      w = { type = "prop", sprite = "quantum_wire" },
      L = { type = "lever", name = "measure lever" },
      h = { type = "qgate", name = "H gate", gate = "H", label = "H" },
      x = { type = "qgate", name = "X gate", gate = "X", label = "X", sprite = "token_chip_red" },
      z = { type = "qgate", name = "Z gate", gate = "Z", label = "Z", sprite = "token_chip_green" },
      c = { type = "qgate", name = "CNOT gate", gate = "CX", label = "CNOT", sprite = "token_chip_yellow" },
      R = { type = "rack", name = "spare rack A" },
      U = { type = "rack", name = "spare rack B" },
      n = { type = "sign", name = "lab notes", speaker = "Lab notes",
            text = "Checked against: Qiskit's bit-ordering guide (qubit 0 is the rightmost bit) and the CNOT's definition; the board simulates them exactly. Sources: levels/quantum/FACTS.md." },
      W = { type = "marker", name = "board right" },
      f = { type = "tall_prop", sprite = "quantum_fridge" },
      y = { type = "prop", sprite = "quantum_lab_bench" },
      o = { type = "prop", sprite = "quantum_bloch_board" },
    },
    rows = {
      "################E###############",
      "#f.o...O.....B.n..K.....f..f..f#",
      "#..M....................y.....y#",
      "#....Q......S..................#",
      "#.......................f..o...#",
      "#...a.w1w.w2w.w3w.L............#",
      "#.......................f..f..f#",
      "#...b.w4w.w5w.w6w..............#",
      "#.......................y..o..y#",
      "#....h...x...z...c.............#",
      "#.......................f..f..f#",
      "#.@...R...U....................#",
      "#y..........................fWy#",
      "################################",
    },
  },

  dialogue = {
    amara = {
      { "Amara Okafor, research scientist", "Two qubits now. Measuring gives two bits, and Qiskit "
        .. "writes them q1 then q0: qubit 0 is the rightmost bit, so \"10\" means q1 = 1, q0 = 0." },
      "The CNOT flips its target when its control is 1. Put it on a wire and that wire is the "
        .. "control; the other wire's slot in that step says target.",
      "H on q0, then a CNOT from q0: that is a Bell pair. Each qubit alone is a coin, yet the two "
        .. "always agree. Try all three tasks on the panel.",
      "One thing before you start. You will read a lot of counts here:",
    },
  },

  exercises = {
    q2_meas_scenario = {
      kind = "choice", skill = "quantum_measurement", scenario = true,
      prompt = "Your circuit should give 0 with probability 0.25. On a simulator, 20 shots gave 0 seven times (35%). What do you do?",
      choices = {
        { "Run a few thousand shots before judging: 20 shots is too few", right = true,
          why = "With 20 shots the count of 0s easily lands anywhere from about 2 to 9." },
        { "Fix the circuit: 35% is not 25%",
          why = "Counts scatter around the probability; the spread shrinks only with more shots." },
        { "Rerun 20 shots until one run shows 25%",
          why = "Picking the run you like is not measuring anything." },
        { "Measure the qubit twice per shot to double the data",
          why = "A second measurement just repeats the first: the state has collapsed." },
      },
      explain = "Counts estimate probabilities, with an error that shrinks like 1/sqrt(shots): about 10% at 20 shots, under 1% at 4000.",
    },
    q2_meas_order = {
      kind = "order", skill = "quantum_measurement",
      prompt = "Estimate a circuit's probabilities on a simulator. Put the steps in order.",
      items = {
        { "Build the circuit, ending in measurements", why = "Only measured qubits give bits to count." },
        { "Choose the number of shots", why = "More shots, smaller statistical error." },
        { "Run it: every shot starts again from |0...0>", why = "A measurement ends a shot's state." },
        { "Read the counts of each outcome", why = "A dictionary such as {'00': 507, '11': 493}." },
        { "Divide each count by the shots", why = "507 / 1000 estimates P(00) as about 0.51." },
      },
      explain = "One shot gives one outcome. Probabilities only show up as counts over many shots.",
    },
    q2_ent_fill = {
      kind = "fill", skill = "entanglement", language = "text",
      prompt = "Trace a Bell pair, writing states as Qiskit does: q1 on the left, q0 on the right.",
      code = [==[
start:          |00>
H on q0:        (|00> + |{1}>) / sqrt(2)
CNOT q0 -> q1:  (|00> + |{2}>) / sqrt(2)
]==],
      blanks = {
        { options = { "01", "10", "11" }, answer = 1,
          why = { "H acts on q0, the rightmost bit.",
                  "That would put q1 in superposition: q1 is the leftmost bit.",
                  "One gate on one qubit cannot change both bits." } },
        { options = { "11", "10", "01" }, answer = 1,
          why = { "Where q0 is 1, the CNOT flips q1: 01 becomes 11.",
                  "q0 stays 1: a CNOT never changes its control.",
                  "Then nothing would have happened: the control was 1." } },
      },
      explain = "(|00> + |11>)/sqrt 2 cannot be written as one state for q0 times one for q1: the "
        .. "qubits are entangled. Measured, they give 00 or 11, half each, never 01 or 10.",
    },
    q2_ent_order = {
      kind = "order", skill = "entanglement",
      prompt = "Make a Bell pair and check it. Put the steps in order.",
      items = {
        { "Start with both qubits in |0>", why = "Every circuit begins in |00>." },
        { "H on q0", why = "The control must be in superposition first." },
        { "CNOT with q0 as control, q1 as target", why = "Copies q0's 0-or-1 into q1, in superposition." },
        { "Measure both qubits over many shots", why = "Only 00 and 11 come up, about half each." },
      },
      explain = "H then CNOT is the standard Bell circuit. A CNOT before the H would do nothing: its control is still 0.",
    },
  },

  hints = {
    "Amara stands near the start: walk next to her and press {confirm}.",
    "Take the orbs and answer the terminals; then carry gates onto the two wires.",
    "The measure lever runs 1000 shots and checks the task on the panel.",
  },

  goals = {
    { talk = "Amara", text = "Talk to Amara", hint = "Amara is {where:Amara}." },
    { collect = "quantum_measurement", text = "Hold Measurement",
      hint = "Take the measurement orb near Amara, then answer her or the shot log." },
    { collect = "entanglement", text = "Hold Entanglement",
      hint = "The entanglement orb is {where:entanglement orb}; then the Bell notes or the pair checklist." },
    { reach = "board right", text = "Do the board's three tasks",
      hint = "X on q1 gives 10. H on q0 then a CNOT on q0 gives a Bell pair. Add an X on q1 for 01/10." },
    { answer = "q2_ent_order", text = "Go through the pair checklist",
      hint = "The pair checklist is {where:pair checklist}." },
  },

  grants = { xp = 60 },

  on_start = function()
    local function near(x, y) return board().near(x, y) end
    board().setup{
      qubits = 2, cols = 3, title = "Circuit board: q1 q0", any_order = true,
      tasks = {
        { text = "\"10\" on every shot",
          check = function(p) return near(p["10"], 1) end,
          done = "\"10\": q1 is 1 and q0 is 0. Qiskit puts qubit 0 on the right.",
          miss = "Not a task yet. For \"10\": which qubit is the left bit?" },
        { text = "Bell pair: only 00 and 11",
          check = function(p) return near(p["00"], 0.5) and near(p["11"], 0.5) end,
          done = "A Bell pair: each qubit alone is a coin, but they always agree." },
        { text = "01 and 10, half each",
          check = function(p) return near(p["01"], 0.5) and near(p["10"], 0.5) end,
          done = "Anti-correlated: they always disagree. Still entangled, still random." },
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
