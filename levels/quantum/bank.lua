-- levels/quantum/bank.lua: review-only exercises of the Quantum Computing
-- quest. The levels hold the exercises they ask; these come back in spaced
-- review and after a miss. Facts: FACTS.md.
return {
  format = 1,
  quest = "quantum",
  exercises = {
    qb_qubit_fill = {
      kind = "fill", skill = "qubits", language = "text",
      prompt = "A qubit is in the state a|0> + b|1>. Complete the rules its amplitudes follow.",
      code = [==[
P(measure 1) = {1}
|a|^2 + |b|^2 = {2}
]==],
      blanks = {
        { options = { "|b|^2", "b", "|a|^2" }, answer = 1,
          why = { "The probability is the amplitude's size squared (Born's rule).",
                  "An amplitude can be negative or complex: it is not a probability.",
                  "|a|^2 is the probability of 0." } },
        { options = { "1", "0", "2" }, answer = 1,
          why = { "The two probabilities add up to 1.",
                  "Then neither outcome could happen.",
                  "Probabilities never add up to more than 1." } },
      },
      explain = "Amplitudes describe the state; their squares are the odds of each outcome, and they add up to 1.",
    },
    qb_qubit_amps = {
      kind = "choice", skill = "qubits",
      prompt = "How many amplitudes does a simulator store to describe 3 qubits exactly?",
      choices = {
        { "8", right = true, why = "One per outcome: 2^3 = 8, from 000 to 111." },
        { "3", why = "That would be one per qubit: entangled states need more." },
        { "6", why = "Two per qubit describes only unentangled states." },
        { "9", why = "The count doubles with each qubit: 2, 4, 8." },
      },
      explain = "n qubits take 2^n amplitudes, which is why exact simulation runs out of memory near 50 qubits.",
    },
    qb_sup_hh = {
      kind = "choice", skill = "superposition",
      prompt = "After one H, a qubit gives 0 or 1 half the time each. A second H makes it give 0 every time. What does that show?",
      choices = {
        { "The qubit was not secretly 0 or 1: its amplitudes interfered", right = true,
          why = "A hidden 0-or-1 would still be a coin after the second H." },
        { "The second H measured it",
          why = "H is a gate, not a measurement: nothing was read out." },
        { "H only works on every other shot",
          why = "Gates act the same way on every shot." },
        { "The hardware has an error",
          why = "An ideal simulator gives exactly this: H H is the identity." },
      },
      explain = "A superposition is a state of its own, not ignorance about a hidden value: H H |0> = |0>.",
    },
    qb_gate_inverse = {
      kind = "choice", skill = "quantum_gates",
      prompt = "Why can every quantum gate be undone, while a classical AND cannot?",
      choices = {
        { "Gates are unitary: each has an inverse, and H, X, Z and CNOT are their own", right = true,
          why = "Unitary matrices keep the total probability at 1 and can be reversed." },
        { "Because measurement undoes them",
          why = "Measurement is not a gate and cannot be undone." },
        { "Because qubits remember their history",
          why = "The state holds no history; the maths of the gates makes them reversible." },
      },
      explain = "AND maps two bits to one and loses information; a unitary gate maps states one to one.",
    },
    qb_meas_again = {
      kind = "choice", skill = "quantum_measurement",
      prompt = "A qubit in (|0> + |1>)/sqrt 2 is measured and gives 1. It is measured again straight away. What comes out?",
      choices = {
        { "1, every time", right = true, why = "The first measurement left the qubit in |1>." },
        { "0 or 1, half each", why = "That was before the first measurement: the superposition is gone." },
        { "0, the opposite", why = "Measurement does not flip the state; it fixes it." },
      },
      explain = "Measuring collapses the state to the outcome seen. That is why every shot starts the circuit again.",
    },
    qb_ent_signal = {
      kind = "choice", skill = "entanglement", scenario = true,
      prompt = "A startup pitches chat with no delay: Alice and Bob share Bell pairs, and Alice's measurements send Bob the bits. Should you invest?",
      choices = {
        { "No: Bob's results alone are 50/50 whatever Alice does", right = true,
          why = "The agreement only shows when they compare results over an ordinary channel." },
        { "Yes: the pair always agrees, so Bob learns Alice's bit",
          why = "Alice cannot choose her outcome: both just get the same random bit." },
        { "Yes, if the qubits are close enough together",
          why = "Distance is not the issue: no choice Alice makes changes Bob's odds." },
      },
      explain = "Entanglement gives correlations, not a channel: no information travels faster than light.",
    },
    qb_ent_which = {
      kind = "choice", skill = "entanglement",
      prompt = "Which of these two-qubit states is entangled?",
      choices = {
        { "(|00> + |11>)/sqrt 2", right = true,
          why = "No state of q0 times a state of q1 gives it: the bits always agree." },
        { "(|00> + |01>)/sqrt 2", why = "It is q1 in |0> times q0 in superposition: not entangled." },
        { "|10>", why = "Each qubit has its own definite value." },
        { "(|00> + |01> + |10> + |11>)/2", why = "Both qubits in superposition, independently: H on each." },
      },
      explain = "A state is entangled when it cannot be split into one state per qubit.",
    },
    qb_circ_depth = {
      kind = "choice", skill = "quantum_circuits", scenario = true,
      prompt = "Two circuits compute the same answer. One has 40 two-qubit gates in a row, the other 12. Which do you send to a real chip?",
      choices = {
        { "The one with 12: fewer gates, fewer errors", right = true,
          why = "Each two-qubit gate adds error, and a shorter circuit finishes before the qubits decay." },
        { "The one with 40: more gates, more precision", why = "Gates do not add precision; they add error." },
        { "Either: the transpiler makes them the same", why = "The transpiler optimises, but it cannot find every shorter equivalent." },
      },
      explain = "On hardware, depth and two-qubit gate count are the cost of a circuit: keep both small.",
    },
    qb_noise_mitigate = {
      kind = "choice", skill = "quantum_noise", scenario = true,
      prompt = "Expectation values from a real chip come out biased, about 20% too small. What do you try first?",
      choices = {
        { "Error mitigation in the Estimator, such as readout mitigation or zero-noise extrapolation", right = true,
          why = "Mitigation corrects bias by running extra, related circuits and post-processing them." },
        { "Ten times more shots", why = "More shots shrink the random spread, not a bias." },
        { "Error correction with logical qubits", why = "Not available at useful scale on today's cloud chips." },
        { "A longer circuit with extra checks", why = "More gates add more noise." },
      },
      explain = "Mitigation trades extra runs (time and cost) for less bias; correction needs many physical qubits per logical one.",
    },
    qb_cloud_checkout = {
      kind = "choice", skill = "quantum_cloud", scenario = true,
      prompt = "A product manager wants a quantum optimiser called inside the web shop's checkout request. What do you say?",
      choices = {
        { "No: run it offline and serve its result; a QPU job queues and returns samples", right = true,
          why = "Queue waits of minutes or hours cannot sit inside a request, and the result must be checked." },
        { "Yes, with a session, so there is no queue", why = "A session holds a QPU for one workload at a time, at a price, not per web request." },
        { "Yes, with more shots for accuracy", why = "Shots make each job longer; the queue stays." },
      },
      explain = "Treat a QPU like a slow, costly batch service: call it asynchronously, off the request path, with a classical fallback.",
    },
    qb_shor_sort = {
      kind = "sort", skill = "shor",
      prompt = "Once a large error-corrected quantum computer exists, what happens to each?",
      bins = { "Replace: Shor breaks it", "Keep" },
      items = {
        { "RSA-2048 signatures", bin = 1, why = "Shor factors the modulus." },
        { "ECDH key exchange (X25519)", bin = 1, why = "Shor's variant solves elliptic-curve logarithms." },
        { "ECDSA signatures", bin = 1, why = "Elliptic curves again." },
        { "AES-256 encryption", bin = 2, why = "Grover only halves its strength: about 128 bits remain." },
        { "SHA-256 hashing", bin = 2, why = "No known quantum attack breaks it in practice." },
        { "ML-KEM key exchange", bin = 2, why = "Designed to resist quantum attacks (FIPS 203)." },
      },
      explain = "Public-key algorithms built on factoring or discrete logarithms must be replaced; symmetric ciphers and hashes stay, at 256 bits.",
    },
  },
}
