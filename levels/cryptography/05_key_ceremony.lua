-- levels/cryptography/05_key_ceremony.lua: the Cryptography quest, level 5,
-- the design review. The player, now the engineer, decides how the
-- campus keeps its keys for the next fifteen years: where the master key
-- lives, how keys rotate, what happens when one leaks, and how to get ready
-- for quantum computers (ML-KEM, ML-DSA, SLH-DSA; hybrid TLS). The design
-- board is the quest's locks (lib/locks.lua): each decision is a lock, and
-- only a sound design opens it; a tempting shortcut is refused with its cost.
-- It grants the field's two engineer-side skills, Key management and
-- Post-quantum crypto (side = "engineer" in scripts/skills/cryptography.lua).
-- Play order: Amara (the brief) -> Kenji (the orbs, the review terminals)
-- -> the design board -> the vault door -> exit.
-- Facts (NIST FIPS 203/204/205, NIST IR 8547, cryptography's MultiFernet,
-- OpenSSL 3.5, cloud KMS docs): FACTS.md.

local function locks()
  return sq.module("locks")
end

local asks = { Amara = { "crypto_km_1" }, Kenji = { "crypto_pq_2" } }
local right = {}

local reasons = {
  ["lock master"] = {
    dotenv = "Every clone, fork and CI log would hold the key to everything.",
    same_db = "One breach then takes the data and the key that opens it.",
  },
  ["lock rotate"] = {
    one_key = "One key for ever: one leak exposes every record, past and future.",
    big_bang = "Data not yet re-encrypted becomes unreadable the moment the key goes.",
  },
  ["lock leak"] = {
    one_key = "The leaked key keeps working for whoever has it.",
    big_bang = "Rotation alone leaves the leaked key trusted: revoke it too.",
  },
  ["lock kex"] = {
    rsa4096 = "Shor's algorithm breaks RSA of any size: bigger keys only buy time.",
    ed25519 = "A signature scheme, and Shor breaks elliptic curves too.",
    pqsig = "That is a signature; key exchange needs a KEM: ML-KEM, in a hybrid.",
  },
  ["lock sign"] = {
    rsa4096 = "A quantum computer before 2040 could forge RSA signatures.",
    ed25519 = "Shor breaks Ed25519 too: these devices must verify until 2040.",
    hybrid = "X25519MLKEM768 agrees keys for TLS; firmware needs a signature.",
  },
}

return {
  format = 1,
  id = "cryptography.key_ceremony",
  quest = "cryptography",
  title = "The Key Ceremony",
  brief = "Design review: how will the campus keep its keys safe for the next fifteen years, quantum computers "
    .. "included? You are the engineer now. Talk to Amara first; {hint} gives a hint.",
  music = "cryptography_vault",
  requires = { "public_key", "aead", "tls" },

  behaviours = {
    terminal = {
      sprite = "terminal", frames = 2, rate = 40, size = { 14, 12 }, offset = { -1, -4 }, solid = true,
      props = { quiz = "the exercise it asks", more = "a second exercise", text = "what it shows first",
                speaker = "who shows it" },
      on_interact = function(self)
        if self.props.text then sq.say(self.props.speaker or "Terminal", self.props.text) end
        sq.ask({ self.props.quiz, self.props.more })
      end,
    },
    key = {
      sprite = "token_crate_yellow", solid = true, size = { 12, 12 },
      props = { key = "the design option", label = "its name, shown above it", no = "why no decision takes it" },
      on_spawn = function(self) locks().key_spawned(self) end,
      on_interact = function(self) locks().pick(self) end,
    },
    lock = {
      sprite = "slot", solid = true,
      props = { job = "the decision, shown above it", short = "its name on the panel", wants = "the option it takes",
                door = "the door it opens" },
      on_spawn = function(self) locks().lock_spawned(self) end,
      on_place = function(self, token) return locks().place(self, token) end,
      on_take = function(self, token) locks().take(self, token) end,
    },
    door = {
      sprite = "door_locked", solid = true,
      on_spawn = function(self) locks().door_spawned(self) end,
      on_interact = function(self)
        sq.say("Vault door", "It opens when the design board holds a sound answer to every decision.")
      end,
    },
    marker = { hidden = true },
  },

  map = {
    theme = "crypto",
    legend = {
      A = { type = "mentor", name = "Amara", dialogue = "amara", look = "amara", facing = "down" },
      K = { type = "mentor", name = "Kenji", dialogue = "kenji", look = "kenji", facing = "down" },
      G = { type = "gate", requires = "key_management, post_quantum" },
      V = { type = "door", name = "vault door" },
      W = { type = "marker", name = "design approved" },
      R = { type = "review", name = "review desk" },
      m = { type = "skill", name = "key management orb", skill = "key_management" },
      q = { type = "skill", name = "post-quantum orb", skill = "post_quantum" },
      I = { type = "terminal", name = "key inventory", speaker = "Key inventory",
            text = "Secrets found: a Fernet key in .env in git, a TLS key on three servers, the database's master key next to the data.",
            quiz = "crypto_km_2" },
      Q = { type = "terminal", name = "quantum brief", speaker = "NIST, August 2024",
            text = "FIPS 203 (ML-KEM), FIPS 204 (ML-DSA) and FIPS 205 (SLH-DSA): the first post-quantum standards.",
            quiz = "crypto_pq_1" },
      P = { type = "terminal", name = "migration plan", speaker = "Post-quantum plan, draft",
            text = "Kenji's draft for moving the campus off RSA and elliptic curves.",
            quiz = "crypto_pq_3" },
      ["1"] = { type = "lock", name = "lock master", short = "master key", job = "master\nkey", wants = "kms" },
      ["2"] = { type = "lock", name = "lock rotate", short = "yearly rotation", job = "yearly\nrotation", wants = "keyring" },
      ["3"] = { type = "lock", name = "lock leak", short = "a key leaked", job = "a key\nleaked", wants = "revoke" },
      ["4"] = { type = "lock", name = "lock kex", short = "TLS key exchange", job = "TLS key\nexchange", wants = "hybrid" },
      ["5"] = { type = "lock", name = "lock sign", short = "firmware signing", job = "firmware\nto 2040", wants = "pqsig" },
      a = { type = "key", name = "option KMS", key = "kms", label = "KMS / HSM:\nnever leaves" },
      b = { type = "key", name = "option dotenv", key = "dotenv", label = ".env file\nin git",
            no = "A key in git is a key for everyone who ever clones it." },
      c = { type = "key", name = "option same db", key = "same_db", label = "key column\nin the DB",
            no = "A key beside the data it protects protects nothing." },
      d = { type = "key", name = "option key ring", key = "keyring", label = "key ring:\nnew + old" },
      e = { type = "key", name = "option one key", key = "one_key", label = "one key\nfor ever",
            no = "A key that never changes turns one leak into every leak." },
      f = { type = "key", name = "option big bang", key = "big_bang", label = "swap key\novernight",
            no = "Swapping keys in one night strands what is not re-encrypted yet." },
      g = { type = "key", name = "option revoke", key = "revoke", label = "revoke, rotate,\nre-encrypt" },
      h = { type = "key", name = "option hybrid", key = "hybrid", label = "X25519\nMLKEM768" },
      i = { type = "key", name = "option RSA-4096", key = "rsa4096", label = "RSA-4096",
            no = "A large quantum computer breaks RSA of any size." },
      j = { type = "key", name = "option ML-DSA", key = "pqsig", label = "ML-DSA-65\n(FIPS 204)" },
      k = { type = "key", name = "option SLH-DSA", key = "pqsig", label = "SLH-DSA\n(FIPS 205)" },
      l = { type = "key", name = "option Ed25519", key = "ed25519", label = "Ed25519",
            no = "Shor's algorithm breaks elliptic curves, Ed25519 included." },
      O = { type = "prop", sprite = "crypto_vault_door" },
      C = { type = "prop", sprite = "crypto_cabinet" },
      Z = { type = "prop", sprite = "crypto_key_rack" },
    },
    rows = {
      "##################E##################",
      "##################V##################",
      "#...................................#",
      "#...................................#",
      "#...................................#",
      "#W...1......2........3......4.....5.#",
      "#..................................C#",
      "#..................................C#",
      "#..a......b......c......d......e....#",
      "#...................................#",
      "#...................................#",
      "#.....f......g......h......i......j.#",
      "#...................................#",
      "#...................................#",
      "#.......k.............l.............#",
      "#...................................#",
      "##################G##################",
      "#...................................#",
      "#..I......A.........Q.......K....P..#",
      "#...................................#",
      "#.....m..........@...........q......#",
      "#O................................RZ#",
      "#####################################",
    },
  },

  dialogue = {
    amara = {
      { "Amara Okafor, security architect", "This is the key ceremony: today we decide how the campus keeps "
        .. "its keys for fifteen years. You have done the developer's part. Now you are the engineer." },
      "Encryption moves the problem into the keys. Where does the master key live? How do keys rotate "
        .. "without a night of downtime? What happens the day one leaks?",
      "Kenji brings the other half: quantum computers. Take both orbs, go through the terminals with us, "
        .. "then set the design board past the gate. Every decision needs a sound answer.",
    },
    kenji = {
      { "Kenji Watanabe, cryptography lead", "A large quantum computer would break RSA and elliptic curves "
        .. "with Shor's algorithm. Nobody has one yet. But traffic recorded today can be decrypted then." },
      "So key exchange moves first: TLS already offers X25519MLKEM768, X25519 and ML-KEM together, safe "
        .. "while either holds. Signatures follow: ML-DSA, or the hash-based SLH-DSA.",
    },
  },

  exercises = {
    crypto_km_1 = {
      kind = "choice", skill = "key_management", scenario = true,
      prompt = "A service encrypts 50 million customer records with AES-GCM. Where do the keys live?",
      choices = {
        { "Data keys wrapped by a key-encryption key that never leaves a KMS or HSM", right = true,
          why = "Envelope encryption: the app stores wrapped data keys; only the KMS can unwrap them, and it logs every use." },
        { "One AES key in an environment variable on every server",
          why = "Readable by any process and crash dump on every server, and one leak opens all 50 million." },
        { "The key in a column next to the encrypted data",
          why = "Whoever steals the table steals the key with it." },
        { "Derived from the service's name with SHA-256",
          why = "Anyone who knows the name can compute the key." },
      },
      explain = "Envelope encryption keeps the master key in hardware, lets you rotate it without re-encrypting all data, and leaves an audit trail of who unwrapped what.",
    },
    crypto_km_2 = {
      kind = "order", skill = "key_management",
      prompt = "Rotate the Fernet key that protects stored tokens, with no downtime. Put the steps in order.",
      items = {
        { "Generate a new key in the secret manager", why = "Never in code or in git." },
        { "Deploy MultiFernet([new, old]) to every server", why = "Encrypts with the first key, decrypts with any." },
        { "Re-encrypt stored tokens with rotate()", why = "Each token is decrypted and sealed again under the new key." },
        { "Remove the old key once no token needs it", why = "Only now can nothing break, and the old key stops mattering." },
      },
      explain = "A key ring decouples the two jobs: new data uses the new key at once, old data stays readable until it is re-encrypted, and the old key is retired last.",
    },
    crypto_pq_1 = {
      kind = "sort", skill = "post_quantum",
      prompt = "A large quantum computer arrives. Which of these does Shor's algorithm break?",
      bins = { "Broken", "Still fine" },
      items = {
        { "RSA-3072 encryption and signatures", bin = 1, why = "Shor factors the modulus." },
        { "X25519 / ECDH key exchange", bin = 1, why = "Shor solves elliptic-curve discrete logarithms." },
        { "Ed25519 and ECDSA signatures", bin = 1, why = "Elliptic curves again." },
        { "AES-256-GCM", bin = 2, why = "Grover's search only halves the effective strength: 128 bits remain." },
        { "SHA-256 and SHA-384", bin = 2, why = "Hashes lose some margin to Grover, nothing like Shor's break." },
        { "ML-KEM-768 (FIPS 203)", bin = 2, why = "Built on lattice problems, chosen to resist quantum attacks." },
      },
      explain = "Quantum computers threaten public-key cryptography, not symmetric ciphers or hashes with enough bits. That is why the new standards replace RSA and ECC only.",
    },
    crypto_pq_2 = {
      kind = "choice", skill = "post_quantum", scenario = true,
      prompt = "Health records sent between hospitals today must stay confidential for 25 years. What do you change first?",
      choices = {
        { "Key exchange: enable hybrid X25519MLKEM768 in TLS now", right = true,
          why = "Recorded traffic is safe later only if its key exchange resists quantum attacks today." },
        { "Nothing until a quantum computer exists",
          why = "Harvest now, decrypt later: traffic recorded today is read the day one exists." },
        { "Double the RSA key size",
          why = "Shor breaks RSA of any size; bigger keys only slow everyone down." },
        { "Signatures first: move certificates to ML-DSA",
          why = "Needed too, but a forged signature later cannot reach back into recorded sessions." },
      },
      explain = "Confidentiality has a long tail, authentication does not: protect key exchange first (hybrid, so it stays safe if either part holds), then migrate signatures and PKI.",
    },
    crypto_pq_3 = {
      kind = "order", skill = "post_quantum",
      prompt = "Plan the campus's move to post-quantum cryptography. Put the steps in order.",
      items = {
        { "Inventory where RSA and elliptic curves are used", why = "You cannot migrate what you have not found." },
        { "Rank systems by how long their data must stay secret", why = "Long-lived secrets face harvest-now, decrypt-later first." },
        { "Turn on hybrid ML-KEM key exchange in TLS and VPNs", why = "Libraries such as OpenSSL 3.5 support it today." },
        { "Move signatures and certificates to ML-DSA or SLH-DSA", why = "As CAs, HSMs and clients support them." },
        { "Retire RSA and ECC-only settings", why = "NIST's draft IR 8547 deprecates them after 2030 and disallows them after 2035." },
      },
      explain = "Crypto agility: know where your algorithms are, put the longest-lived secrets first, and make algorithms a configuration you can change, not code you must rewrite.",
    },
  },

  hints = {
    "Amara stands in the lower room: walk next to her and press {confirm}.",
    "Take both orbs and answer the terminals: the gate opens when you hold Key management and Post-quantum crypto.",
    "On the design board, each decision takes one option: a refused option says what it would cost.",
  },

  goals = {
    { talk = "Amara", text = "Talk to Amara", hint = "Amara is {where:Amara}." },
    { talk = "Kenji", text = "Talk to Kenji", hint = "Kenji is {where:Kenji}." },
    { collect = "key_management", text = "Hold Key management",
      hint = "Take the key management orb, then use the key inventory or ask Amara." },
    { collect = "post_quantum", text = "Hold Post-quantum crypto",
      hint = "Take the post-quantum orb, then use the quantum brief, the plan or ask Kenji." },
    { reach = "design approved", text = "Settle all five decisions",
      hint = "North of the gate: carry one option to each decision on the board." },
  },

  grants = { xp = 90 },

  on_start = function()
    locks().config{
      title = "Design board",
      reasons = reasons,
      default = "A sound option, but for another decision on the board.",
      on_all = function()
        sq.after(0.3, function()
          sq.goal("design approved")
          sq.xp(40)
          locks().open_door("vault door")
          sq.say("Amara", "Approved: the master key in a KMS, a key ring to rotate, revoke on a leak, hybrid "
            .. "ML-KEM for TLS, post-quantum signatures for firmware. The vault is yours.")
        end)
      end,
    }
  end,

  on_update = function()
    locks().follow(16)
  end,

  on_collect = function(skill)
    sq.xp(15)
  end,

  on_interact = function(e)
    local list = {}
    for _, id in ipairs(asks[e.name] or {}) do
      if not right[id] then list[#list + 1] = id end
    end
    if #list > 0 then sq.ask(list, e.name) end
  end,

  on_answer = function(id, correct)
    if correct then
      right[id] = true
      sq.xp(10)
    end
  end,
}
