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
  },
}
