-- scripts/skills/quantum.lua: the skills of Quantum Computing.
-- The format of a skill card is in scripts/README.md.

local skills = {}
local function skill(t) skills[t.id] = t end

skill{
  id = "qubits", name = "Qubits", field = "quantum", side = "developer",
  requires = {},
  optional = { "linear_algebra" },
  card = "A qubit is the basic unit of quantum information. Measured, it gives 0 or 1, but before that its state combines both, with complex amplitudes that set the probability of each result.",
}

skill{
  id = "superposition", name = "Superposition", field = "quantum", side = "developer",
  requires = { "qubits" },
  card = "Superposition means a qubit's state is a weighted combination of 0 and 1, not a hidden value that is secretly one of them. Quantum algorithms work by making the amplitudes of wrong answers cancel out and those of right answers add up.",
}

skill{
  id = "quantum_measurement", name = "Measurement", field = "quantum", side = "developer",
  requires = { "superposition" },
  card = "Measuring a qubit gives a single 0 or 1 at random, with probabilities set by its state, and the superposition is lost. So circuits are run many times, called shots, and results are read as counts.",
}

skill{
  id = "entanglement", name = "Entanglement", field = "quantum", side = "developer",
  requires = { "superposition" },
  card = "Entangled qubits share one joint state, so their measurement results are correlated in ways no separate descriptions can explain. It is a key resource for quantum algorithms, but it cannot send messages faster than light.",
}

skill{
  id = "quantum_gates", name = "Quantum gates", field = "quantum", side = "developer",
  requires = { "qubits" },
  optional = { "linear_algebra" },
  card = "Quantum gates change qubit states as logic gates change bits; mathematically they are unitary matrices, so they are reversible. Common ones are X (a NOT), H (Hadamard, which creates a superposition) and CNOT, which can entangle two qubits.",
}

skill{
  id = "quantum_circuits", name = "Quantum circuits", field = "quantum", side = "developer",
  requires = { "quantum_gates", "quantum_measurement" },
  card = "A quantum circuit is a sequence of gates applied to qubits, usually ending in measurements, and is drawn as wires with gates on them. It is the most common way to write quantum programs today.",
}

skill{
  id = "qiskit", name = "Qiskit", field = "quantum", side = "developer",
  requires = { "python", "quantum_circuits" },
  card = "Qiskit is IBM's open-source Python SDK for quantum computing (2.x today). Build a QuantumCircuit, transpile it for a backend and run it through a primitive: a Sampler for counts, an Estimator for expectation values. execute() and qiskit.Aer are gone; simulators live in qiskit-aer.",
}

skill{
  id = "quantum_simulators", name = "Quantum simulators", field = "quantum", side = "developer",
  requires = { "qiskit" },
  card = "A simulator runs quantum circuits on an ordinary computer, ideal for learning and testing: Qiskit's StatevectorSampler, or AerSimulator from qiskit-aer, which can add noise. An exact simulation stores 2^n amplitudes for n qubits, so memory doubles per qubit and a few dozen is the limit.",
}

skill{
  id = "quantum_noise", name = "Noise and errors", field = "quantum", side = "developer",
  requires = { "qiskit", "quantum_measurement" },
  card = "Today's quantum hardware is noisy: qubits lose their state quickly and gates make errors, which limits circuit depth. Error mitigation (readout correction, zero-noise extrapolation) reduces bias at the cost of extra runs; error correction encodes one logical qubit in many physical ones.",
}

skill{
  id = "quantum_cloud", name = "Quantum in the cloud", field = "quantum", side = "engineer",
  requires = { "qiskit", "quantum_noise" },
  card = "Real quantum processors are cloud services, such as IBM Quantum through qiskit-ibm-runtime: jobs wait in a queue and paid plans bill QPU time. Results come back later and vary run to run, like a slow, busy remote API, so hybrid programs keep classical work classical and send only the quantum part.",
}

skill{
  id = "grover", name = "Grover's algorithm", field = "quantum", side = "engineer",
  requires = { "quantum_circuits", "superposition" },
  card = "Grover's algorithm searches N unstructured items in about the square root of N steps instead of about N. That is a quadratic speedup, not an exponential one, which is why doubling symmetric key lengths is generally considered enough defence.",
}

skill{
  id = "shor", name = "Shor's algorithm", field = "quantum", side = "engineer",
  requires = { "quantum_circuits", "entanglement" },
  card = "Shor's algorithm factors large numbers (and solves discrete logarithms) fast enough, on a large error-corrected quantum computer, to break RSA and elliptic-curve cryptography. None exists yet, but data recorded now can be decrypted later: hence NIST's 2024 post-quantum standards (ML-KEM, ML-DSA).",
}

return skills
