-- levels/cryptography/04_legacy_lab.lua: the Cryptography quest, level 4.
-- The legacy lab: a 2015 billing service still imports PyCrypto, which has
-- had no release since 2.6.1 and carries CVE-2013-7459. The player migrates
-- it to PyCryptodome (and the secrets module) the way the locks want it
-- (lib/locks.lua): each lock is an old call, and only its modern
-- replacement opens it; tempting half-fixes are refused with the reason.
-- Play order: Tomasz (the audit) -> Rafael (the orbs, the terminals) ->
-- the five locks -> the lab door -> exit.
-- Facts (PyCryptodome docs and source, PyPI, NVD, Python's secrets): FACTS.md.

local function locks()
  return sq.module("locks")
end

local asks = { Tomasz = { "crypto_pcd_4" }, Rafael = { "crypto_rand_2" } }
local right = {}

local reasons = {
  ["lock package"] = {
    crypto_pkg = "'crypto' on PyPI is an unrelated GPG file tool, not PyCrypto's heir.",
    gcm = "First the package: the code cannot import anything yet.",
  },
  ["lock ecb"] = {
    cbc = "CBC hides patterns but detects no tampering: it needs a MAC too.",
    pycryptodome = "Same package, same ECB: the mode itself must change.",
  },
  ["lock token"] = {
    seeded = "Seeded with the clock: an attacker guesses the time and the token.",
    csprng = "Random bytes, but a reset link wants URL-safe text: token_urlsafe.",
  },
  ["lock iv"] = {
    seeded = "random is predictable: never for IVs, keys or salts.",
    secrets = "That makes text for a URL; the cipher wants 16 raw bytes.",
  },
  ["lock rsa"] = {
    gcm = "RSA encrypts the key; the mode of its padding is what must change.",
  },
}

return {
  format = 1,
  id = "cryptography.legacy_lab",
  quest = "cryptography",
  title = "The Legacy Lab",
  brief = "The billing service from 2015 still runs on PyCrypto, and the dependency audit just failed it. "
    .. "Migrate it lock by lock. Talk to Tomasz first; {hint} gives a hint.",
  music = "cryptography_vault",
  requires = { "symmetric_encryption", "aead", "public_key" },

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
      sprite = "token_card_green", solid = true, size = { 12, 12 },
      props = { key = "what it replaces", label = "its name, shown above it", no = "why no lock takes it" },
      on_spawn = function(self) locks().key_spawned(self) end,
      on_interact = function(self) locks().pick(self) end,
    },
    lock = {
      sprite = "slot", solid = true,
      props = { job = "the old call, shown above it", short = "its name on the panel", wants = "the key it takes", door = "the door it opens" },
      on_spawn = function(self) locks().lock_spawned(self) end,
      on_place = function(self, token) return locks().place(self, token) end,
      on_take = function(self, token) locks().take(self, token) end,
    },
    door = {
      sprite = "door_locked", solid = true,
      on_spawn = function(self) locks().door_spawned(self) end,
      on_interact = function(self)
        sq.say("Lab door", "It opens when every old call has its modern replacement.")
      end,
    },
    marker = { hidden = true },
  },

  map = {
    theme = "crypto",
    legend = {
      T = { type = "mentor", name = "Tomasz", dialogue = "tomasz", look = "tomasz", facing = "down" },
      R = { type = "mentor", name = "Rafael", dialogue = "rafael", look = "rafael", facing = "down" },
      G = { type = "gate", requires = "pycryptodome, secure_random" },
      V = { type = "door", name = "lab door" },
      W = { type = "marker", name = "migrated" },
      o = { type = "skill", name = "pycryptodome orb", skill = "pycryptodome" },
      q = { type = "skill", name = "randomness orb", skill = "secure_random" },
      A = { type = "terminal", name = "audit report", speaker = "pip-audit",
            text = "pycrypto 2.6.1: CVE-2013-7459, heap buffer overflow in ALGnew (block_templace.c), arbitrary code execution via a crafted IV. No fixed version.",
            quiz = "crypto_pcd_1" },
      Y = { type = "terminal", name = "billing cipher", speaker = "billing/crypto.py",
            text = "Encrypts invoices before they are stored. Written in 2015 against PyCrypto.",
            quiz = "crypto_pcd_3" },
      N = { type = "terminal", name = "new cipher", speaker = "billing/crypto.py, migrated",
            text = "Rafael's draft on PyCryptodome.",
            quiz = "crypto_pcd_2" },
      P = { type = "terminal", name = "reset mailer", speaker = "accounts/reset.py",
            text = "Makes the token in every password-reset link.",
            quiz = "crypto_rand_1" },
      ["1"] = { type = "lock", name = "lock package", short = "pycrypto 2.6.1", job = "pycrypto\n==2.6.1", wants = "pycryptodome" },
      ["2"] = { type = "lock", name = "lock ecb", short = "AES ECB", job = "AES.MODE_ECB", wants = "gcm" },
      ["3"] = { type = "lock", name = "lock token", short = "reset token", job = "reset token:\nrandom.choice", wants = "secrets" },
      ["4"] = { type = "lock", name = "lock iv", short = "IV bytes", job = "IV: random\n.getrandbits", wants = "csprng" },
      ["5"] = { type = "lock", name = "lock rsa", short = "RSA padding", job = "RSA PKCS1\nv1.5 encrypt", wants = "oaep" },
      a = { type = "key", name = "key pycryptodome", key = "pycryptodome", label = "pycryptodome" },
      b = { type = "key", name = "key crypto", key = "crypto_pkg", label = "crypto\n(PyPI)",
            no = "'crypto' on PyPI is an unrelated GPG tool: it replaces nothing here." },
      c = { type = "key", name = "key GCM", key = "gcm", label = "AES.MODE_GCM" },
      d = { type = "key", name = "key CBC", key = "cbc", label = "AES.MODE_CBC",
            no = "CBC has no integrity: an AEAD mode replaces these calls." },
      e = { type = "key", name = "key token_urlsafe", key = "secrets", label = "secrets.\ntoken_urlsafe" },
      f = { type = "key", name = "key get_random_bytes", key = "csprng", label = "get_random\n_bytes(16)" },
      g = { type = "key", name = "key seeded", key = "seeded", label = "random.seed\n(time())",
            no = "A clock-seeded random is predictable: it replaces nothing." },
      h = { type = "key", name = "key OAEP", key = "oaep", label = "PKCS1_OAEP" },
      K = { type = "prop", sprite = "crypto_cabinet" },
      Z = { type = "prop", sprite = "crypto_sealed_crate" },
      Q = { type = "prop", sprite = "server_rack" },
    },
    rows = {
      "################E##################",
      "################V##################",
      "#.................................#",
      "#.................................#",
      "#W...1.....2.........3.....4.....5#",
      "#................................K#",
      "#................................K#",
      "#..a......c.......e......g.......Z#",
      "#.................................#",
      "#.................................#",
      "#.....b.......d.......f......h....#",
      "#.................................#",
      "################G##################",
      "#.................................#",
      "#..A.....T.......Y.....R.....N....#",
      "#.................................#",
      "#.....o..................q........#",
      "#..........@...........P..........#",
      "#QQ.............................ZZ#",
      "###################################",
    },
  },

  dialogue = {
    tomasz = {
      { "Tomasz Nowak, maintainer of billing", "The audit failed us. Billing imports Crypto.Cipher from "
        .. "PyCrypto 2.6.1, the last release there ever was, from 2013. Nobody fixes its bugs any more." },
      "One of them, CVE-2013-7459, is a heap overflow you can trigger with a crafted IV. And the code "
        .. "on top of it is just as old: ECB, a random module for tokens, RSA with v1.5 padding.",
    },
    rafael = {
      { "Rafael Ortiz, tech lead", "Two ways out. PyCryptodome is PyCrypto's maintained fork: pip install "
        .. "pycryptodome and 'from Crypto.Cipher import AES' mostly keeps working. Uninstall pycrypto first." },
      "Or move to pyca's cryptography package, like the radio room did. For billing we take PyCryptodome: "
        .. "fewest changed lines, then we fix the modes. Secrets come from secrets or get_random_bytes.",
      "Take the two orbs and the terminals. Then the five locks past the gate: each is an old call, "
        .. "and only its modern replacement opens it.",
    },
  },

  exercises = {
    crypto_pcd_1 = {
      kind = "order", skill = "pycryptodome",
      prompt = "Move the billing service from pycrypto 2.6.1 to PyCryptodome. Put the steps in order.",
      items = {
        { "pip uninstall pycrypto", why = "Both install the Crypto package: they must not be installed together." },
        { "pip install pycryptodome", why = "An almost drop-in replacement, also under Crypto." },
        { "Run the test suite", why = "Most imports keep working; the tests find the few that changed." },
        { "Replace ECB and CBC with GCM for new data", why = "The new library offers authenticated modes: use them." },
        { "Re-encrypt stored data, then retire the old format", why = "Old ciphertexts stay weak until rewritten." },
      },
      explain = "Swap the package first (one Crypto package at a time), prove nothing broke, then raise the crypto itself. pycryptodomex is the same library under the name Cryptodome, if both must coexist.",
    },
    crypto_pcd_2 = {
      kind = "fill", skill = "pycryptodome", language = "python",
      prompt = "Encrypt an invoice with PyCryptodome's AES-GCM, and keep what decryption will need.",
      code = [[
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

key = get_random_bytes(32)
cipher = AES.new(key, AES.{1})
ct, tag = cipher.{2}(invoice)
store(cipher.nonce, tag, ct)
]],
      blanks = {
        { options = { "MODE_GCM", "MODE_ECB", "MODE_CBC" }, answer = 1,
          why = { "An AEAD mode: confidentiality and a tag against tampering.",
                  "ECB shows patterns and detects nothing.",
                  "CBC hides patterns, but any change goes unnoticed without a MAC." } },
        { options = { "encrypt_and_digest", "encrypt", "digest" }, answer = 1,
          why = { "Returns the ciphertext and the 16-byte tag in one call.",
                  "encrypt() alone gives no tag, so tampering goes undetected.",
                  "digest() only gives the tag, never the ciphertext." } },
      },
      explain = "Without a nonce argument, PyCryptodome draws a random 16-byte nonce (cipher.nonce). To read it back: AES.new(key, AES.MODE_GCM, nonce=nonce).decrypt_and_verify(ct, tag).",
    },
    crypto_pcd_3 = {
      kind = "code", skill = "pycryptodome", language = "python",
      prompt = "After the move to PyCryptodome this still runs. Which line must change so that a tampered invoice is refused?",
      code = [[
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

def seal(key: bytes, invoice: bytes) -> bytes:
    iv = get_random_bytes(16)
    cipher = AES.new(key, AES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(invoice, 16))
]],
      answer = 7,
      why = {
        [6] = "A fresh random IV from the OS: right for CBC.",
        [7] = "CBC has no tag: flipped bits decrypt to changed text, and nothing notices.",
        [8] = "Padding is needed for CBC; the missing integrity is the problem.",
      },
      explain = "Use AES.MODE_GCM and encrypt_and_digest, and store the nonce and tag; decrypt_and_verify raises ValueError on any change.",
    },
    crypto_pcd_4 = {
      kind = "choice", skill = "pycryptodome", scenario = true,
      prompt = "An old service pins pycrypto==2.6.1 and the audit flags CVE-2013-7459. What is the quickest safe fix?",
      choices = {
        { "Uninstall pycrypto, install pycryptodome, run the tests", right = true,
          why = "The maintained fork keeps the Crypto namespace, so most code runs unchanged." },
        { "Install pycryptodome next to pycrypto",
          why = "Both write the Crypto package: they break each other." },
        { "Keep it: the CVE is from 2013",
          why = "Old and unfixed is worse: there will be no patch for it." },
        { "Patch block_template.c in a private fork",
          why = "Then you maintain an abandoned crypto library alone." },
      },
      explain = "PyCrypto's last release is 2.6.1; PyCryptodome is its maintained fork (or use pyca's cryptography for new code).",
    },
    crypto_rand_1 = {
      kind = "code", skill = "secure_random", language = "python",
      prompt = "Password-reset links carry this token. Which line lets an attacker predict tokens?",
      code = [[
import random
import string

ALPHABET = string.ascii_letters + string.digits

def reset_token() -> str:
    return "".join(random.choice(ALPHABET)
                   for _ in range(32))
]],
      answer = 7,
      why = {
        [4] = "62 symbols: fine, if each is picked unpredictably.",
        [7] = "random is a Mersenne Twister: enough of its output reveals its state and every later token.",
      },
      explain = "Use the secrets module: secrets.token_urlsafe(32), or secrets.choice(ALPHABET) in the same loop. random is for simulations and games, never for secrets.",
    },
    crypto_rand_2 = {
      kind = "sort", skill = "secure_random",
      prompt = "Which may make keys, IVs and tokens?",
      bins = { "Safe for secrets", "Not for secrets" },
      items = {
        { "secrets.token_urlsafe(32)", bin = 1, why = "The OS's secure generator, as URL-safe text." },
        { "os.urandom(32)", bin = 1, why = "Bytes from the OS's secure generator." },
        { "get_random_bytes(32) (PyCryptodome)", bin = 1, why = "Taken from the OS as well." },
        { "random.getrandbits(128)", bin = 2, why = "Mersenne Twister: predictable from its output." },
        { "random.seed(time.time())", bin = 2, why = "An attacker can guess the time, and so the numbers." },
        { "uuid.uuid1()", bin = 2, why = "Made from the clock and the machine's address." },
      },
      explain = "Secrets come from the operating system's CSPRNG: the secrets module, os.urandom, or your crypto library's generator.",
    },
  },

  hints = {
    "Tomasz stands in the lower room: walk next to him and press {confirm}.",
    "Take the two orbs and answer the terminals: the gate opens when you hold PyCryptodome and Secure randomness.",
    "Each lock is an old call: carry it the modern replacement. A refused key says why.",
  },

  goals = {
    { talk = "Tomasz", text = "Talk to Tomasz", hint = "Tomasz is {where:Tomasz}." },
    { talk = "Rafael", text = "Talk to Rafael", hint = "Rafael is {where:Rafael}." },
    { collect = "pycryptodome", text = "Hold PyCryptodome",
      hint = "Take the PyCryptodome orb, then use the audit report or the billing cipher." },
    { collect = "secure_random", text = "Hold Secure randomness",
      hint = "Take the randomness orb, then use the reset mailer or ask Rafael." },
    { reach = "migrated", text = "Replace all five old calls",
      hint = "North of the gate: carry each replacement to the old call it replaces." },
  },

  grants = { xp = 70 },

  on_start = function()
    locks().config{
      title = "Migration",
      reasons = reasons,
      on_all = function()
        sq.after(0.3, function()
          sq.goal("migrated")
          sq.xp(30)
          locks().open_door("lab door")
          sq.keep("migrated", "pycryptodome")
          sq.say("Tomasz", "PyCryptodome, GCM, secrets, the OS's random bytes and OAEP. The audit passes, "
            .. "and the lab door is open. Thank you!")
        end)
      end,
    }
  end,

  on_update = function()
    locks().follow(12)
  end,

  on_collect = function(skill)
    sq.xp(10)
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
