-- levels/quantum/04_design_review.lua: the Quantum Computing quest, level 4,
-- its last: the design review. The player, now the
-- engineer, decides where next quarter's workloads run: each card goes to the
-- QPU queue or the classical cluster (lib/portfolio.lua), and a card put on
-- the wrong side is refused with the reason. Then the cloud's execution
-- modes, the hybrid workflow, and what Shor's algorithm means for the
-- company's cryptography. Grants the engineer-side skills Quantum in the
-- cloud and Shor's algorithm.
-- Play order: Elena (her scenario) -> the cloud orb, the patterns board ->
-- the workload cards -> Yusuf (the Shor orb, his scenario), the crypto
-- inventory -> exit.
-- Facts (IBM execution modes, Qiskit patterns, FIPS 203/204/205): FACTS.md.

local function cards()
  return sq.module("portfolio")
end

local asks = { Elena = { "q4_cloud_scenario" }, Yusuf = { "q4_shor_scenario" } }
local right = {}

return {
  format = 1,
  id = "quantum.design_review",
  quest = "quantum",
  title = "Design Review: Quantum or Not",
  brief = "You are the engineer now. Elena has next quarter's workloads and a budget of QPU hours: "
    .. "decide what runs where, and what the company's cryptography must do. {hint} gives a hint.",
  music = "quantum_lab",
  requires = { "python", "qubits", "superposition", "quantum_gates", "quantum_measurement",
               "entanglement", "quantum_circuits", "qiskit", "quantum_noise" },

  behaviours = {
    card = {
      sprite = "token_card_blue", solid = true, size = { 14, 14 },
      props = { side = "qpu or classical", label = "what it shows", why = "why the other side refuses it" },
      on_spawn = function(self) cards().card_spawned(self) end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    bay = {
      sprite = "slot", solid = true,
      props = { side = "qpu or classical" },
      on_spawn = function(self) cards().slot_spawned(self) end,
      on_place = function(self, token) return cards().place(self, token) end,
      on_take = function(self, token) cards().take(self, token) end,
    },
    tag = {
      sprite = "quantum_socket", solid = true,
      props = { label = "the name shown above it" },
      on_spawn = function(self) sq.set_label(self.id, self.props.label, true) end,
    },
    marker = { hidden = true },
  },

  map = {
    theme = "quantum",
    legend = {
      M = { type = "mentor", name = "Elena", dialogue = "elena", look = "elena", facing = "down" },
      Y = { type = "mentor", name = "Yusuf", dialogue = "yusuf", look = "yusuf", facing = "down" },
      P = { type = "terminal", name = "patterns board", quiz = "q4_cloud_order" },
      K = { type = "terminal", name = "crypto inventory", quiz = "q4_shor_fill" },
      C = { type = "skill", name = "cloud orb", skill = "quantum_cloud" },
      S = { type = "skill", name = "shor orb", skill = "shor" },
      ["1"] = { type = "bay", name = "QPU slot 1", side = "qpu" },
      ["2"] = { type = "bay", name = "QPU slot 2", side = "qpu" },
      ["3"] = { type = "bay", name = "QPU slot 3", side = "qpu" },
      ["4"] = { type = "bay", name = "classical slot 1", side = "classical" },
      ["5"] = { type = "bay", name = "classical slot 2", side = "classical" },
      ["6"] = { type = "bay", name = "classical slot 3", side = "classical" },
      a = { type = "card", name = "van routing", side = "classical", label = "2,000 vans\nrouting",
            why = "Classical solvers route fleets well today; no QPU beats them at it yet." },
      b = { type = "card", name = "log sorting", side = "classical", label = "sort 1B\nlog lines",
            why = "No quantum speedup for sorting, and loading the data costs more than any gain." },
      c = { type = "card", name = "fraud score", side = "classical", label = "fraud score\nin 50 ms",
            why = "A QPU job waits in a queue and returns samples: no fit for a 50 ms budget." },
      d = { type = "card", name = "molecule study", side = "qpu", label = "molecule\nQPU study",
            why = "This study is what the QPU hours are for: run it and compare with classical." },
      e = { type = "card", name = "sampling study", side = "qpu", label = "100-qubit\nsampling",
            why = "Too many qubits to simulate exactly: only the QPU can run it." },
      n = { type = "sign", name = "lab notes", speaker = "Lab notes",
            text = "This review grants two engineer-side skills: Quantum in the cloud and Shor's algorithm. Checked against IBM's execution-mode docs and NIST FIPS 203, 204 and 205 (2024)." },
      W = { type = "marker", name = "portfolio right" },
      T = { type = "tag", name = "QPU sign", label = "QPU queue" },
      U = { type = "tag", name = "classical sign", label = "classical" },
      f = { type = "tall_prop", sprite = "quantum_fridge" },
      y = { type = "prop", sprite = "quantum_lab_bench" },
      o = { type = "prop", sprite = "quantum_bloch_board" },
    },
    rows = {
      "################E###############",
      "#f.o....P....n....K.....f..f..f#",
      "#..M..C.........S.Y.....y.....y#",
      "#......T.........U.............#",
      "#.....1.2.3.....4.5.6...f..o...#",
      "#..............................#",
      "#.......................f..f..f#",
      "#..............................#",
      "#..a......b......c......y..o..y#",
      "#..............................#",
      "#.......................f..f..f#",
      "#.@.....d......e...............#",
      "#y..........................fWy#",
      "################################",
    },
  },

  dialogue = {
    elena = {
      { "Elena Petrova, engineering lead", "Welcome to the review. The board wants quantum on the "
        .. "roadmap, and we have a budget of QPU hours on IBM's cloud. Hours are money: spend them well." },
      "The cards on the floor are next quarter's workloads. Put each in the QPU queue or on the "
        .. "classical cluster. A quantum computer is the wrong tool for most of them.",
      "Real QPUs sit behind a queue, return samples, and are noisy. We use them in hybrid programs: "
        .. "classical code prepares, the QPU runs the circuits, classical code reads the results.",
      "First, a choice our research team is waiting on:",
    },
    yusuf = {
      { "Yusuf Demir, security engineer", "My question is not what we run on a QPU, but what a big "
        .. "one could do to us. Shor's algorithm breaks RSA and elliptic curves, once such a machine exists." },
      "Nobody has one today. But traffic recorded now can be decrypted later, and NIST published "
        .. "the replacements in 2024: FIPS 203, 204 and 205. Here is my planning question:",
    },
  },

  exercises = {
    q4_cloud_scenario = {
      kind = "choice", skill = "quantum_cloud", scenario = true,
      prompt = "A variational algorithm runs 300 short QPU jobs, each needing the last one's result. In job mode each waits in the shared queue. What do you use?",
      choices = {
        { "Session mode: the QPU is yours for the session, with no queue between jobs", right = true,
          why = "Sessions are meant for iterative workloads whose next input depends on the last result." },
        { "Batch mode", why = "A batch is for independent jobs submitted together; these depend on each other." },
        { "Job mode, and wait", why = "300 trips through a busy queue could take days." },
        { "One job with all 300 circuits", why = "Impossible: each circuit's parameters come from the last result." },
      },
      explain = "Job mode for one-off runs, batch for many independent jobs, session for iterative loops. Sessions cost more: you pay for the time you hold the QPU.",
    },
    q4_cloud_order = {
      kind = "order", skill = "quantum_cloud",
      prompt = "Run a problem on IBM's QPUs the way Qiskit's patterns describe it. Put the steps in order.",
      items = {
        { "Map the problem to circuits and observables", why = "Classical work: decide what to compute." },
        { "Optimise: transpile for the chosen backend", why = "Hardware runs only circuits in its own gates and layout." },
        { "Execute with a primitive (Sampler or Estimator)", why = "The only quantum step, behind the queue." },
        { "Post-process the results classically", why = "Counts and expectation values become the answer." },
      },
      explain = "Map, optimise, execute, post-process: a hybrid workflow where only one step runs on the QPU.",
    },
    q4_shor_scenario = {
      kind = "choice", skill = "shor", scenario = true,
      prompt = "Your API sends medical records to partners over TLS with X25519 key exchange. The records must stay secret for 25 years. When do you act?",
      choices = {
        { "Now: inventory the crypto, then move to hybrid key exchange (X25519 + ML-KEM)", right = true,
          why = "Traffic recorded today could be decrypted by a future machine: harvest now, decrypt later." },
        { "When a quantum computer breaks RSA-2048 in public",
          why = "Too late: the recorded traffic of the years before is already exposed." },
        { "Now: switch key exchange to AES-256",
          why = "AES encrypts with a shared key; it does not agree one between strangers." },
        { "Now: move to 4096-bit RSA", why = "Shor's algorithm breaks bigger RSA keys too; it only costs a little more." },
      },
      explain = "Data that must stay secret longer than a large quantum computer is away is at risk today. ML-KEM (FIPS 203) is the standard replacement for key exchange.",
    },
    q4_shor_fill = {
      kind = "fill", skill = "shor", language = "text",
      prompt = "Complete the crypto inventory: what replaces each algorithm that Shor's algorithm breaks?",
      code = [==[
key exchange  X25519, ECDH   ->  {1}
signatures    ECDSA, RSA     ->  {2}
bulk data     AES-256-GCM    ->  {3}
]==],
      blanks = {
        { options = { "ML-KEM", "ML-DSA", "AES-512" }, answer = 1,
          why = { "ML-KEM (FIPS 203) is NIST's key-encapsulation standard.",
                  "ML-DSA signs; it does not agree keys.",
                  "There is no AES-512, and AES does not do key exchange." } },
        { options = { "ML-DSA", "ML-KEM", "SHA-256" }, answer = 1,
          why = { "ML-DSA (FIPS 204) is NIST's lattice signature standard; SLH-DSA is the hash-based one.",
                  "ML-KEM agrees keys; it cannot sign.",
                  "A hash alone is not a signature." } },
        { options = { "keep it", "ML-KEM", "RSA-4096" }, answer = 1,
          why = { "Grover only halves the security of a symmetric key: AES-256 keeps about 128 bits.",
                  "A KEM agrees keys; it does not encrypt the data itself.",
                  "RSA is what Shor breaks." } },
      },
      explain = "Shor breaks public-key maths (RSA, elliptic curves); Grover only weakens symmetric keys. "
        .. "So the work is in key exchange and signatures: ML-KEM, ML-DSA and SLH-DSA (FIPS 203-205).",
    },
  },

  hints = {
    "Elena stands near the start: walk next to her and press {confirm}.",
    "Carry each workload card to a QPU slot or a classical slot: a wrong one is refused, with why.",
    "Yusuf is on the north side; the crypto inventory is next to him.",
  },

  goals = {
    { talk = "Elena", text = "Talk to Elena", hint = "Elena is {where:Elena}." },
    { collect = "quantum_cloud", text = "Hold Quantum in the cloud",
      hint = "Take the cloud orb, then answer Elena or the patterns board." },
    { reach = "portfolio right", text = "Put every workload where it belongs",
      hint = "Only two of the five need a QPU: the ones a classical machine cannot simply do." },
    { collect = "shor", text = "Hold Shor's algorithm",
      hint = "Take the Shor orb near Yusuf, then answer him or the crypto inventory." },
    { answer = "q4_shor_fill", text = "Complete the crypto inventory",
      hint = "The crypto inventory is {where:crypto inventory}." },
  },

  grants = { xp = 80 },

  on_start = function()
    cards().panel()
  end,

  on_collect = function()
    sq.xp(5)
  end,

  on_place = function(slot, token)
    if cards().done() then
      sq.after(0.2, function()
        sq.say("Elena", "Two studies on the QPU, three workloads on the cluster. A quantum computer "
          .. "is worth its queue only where classical machines cannot simply do the job.")
      end)
    end
    return true
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
