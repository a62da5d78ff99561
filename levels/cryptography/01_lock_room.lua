-- levels/cryptography/01_lock_room.lua: the Cryptography quest, level 1.
-- The campus vault keeps its secrets behind five locks, one job each. The
-- player learns hash functions, HMAC and password hashing in the study,
-- then carries the right primitive to each lock (lib/locks.lua): a hash
-- for integrity, an HMAC for a message from a partner who shares a key,
-- Argon2id for a password, AES-GCM for a secret, a signature for a release.
-- Play order: study (Nadia, three orbs, four terminals) -> gate (all three
-- held) -> lock hall (seven keys, five locks) -> vault door -> exit.
-- Facts (hashlib, hmac, argon2-cffi, OWASP password storage): FACTS.md.

local function locks()
  return sq.module("locks")
end

local asks = { Nadia = { "crypto_tool_1" } }
local right = {}

-- Why a key does not do a lock's job (shown when the lock refuses it).
local reasons = {
  ["lock integrity"] = {
    md5 = "MD5 collisions are cheap: two different files can share one MD5.",
    base64 = "base64 is an encoding: anyone can change the file and re-encode it.",
    mac = "Works, but needs a secret key; a plain checksum needs none here.",
    password = "Argon2id is slow on purpose: for passwords, not gigabytes of backup.",
    encrypt = "Encryption hides data; it is not a fingerprint to compare.",
    sign = "Signing proves who made it; here you only compare two copies.",
  },
  ["lock webhook"] = {
    hash = "Anyone can hash a body: a bare hash proves nothing about the sender.",
    md5 = "A bare hash has no key: anyone can compute it, and MD5 is broken.",
    base64 = "base64 is an encoding, not a proof of anything.",
    password = "Argon2id stores passwords; it does not authenticate messages.",
    encrypt = "Hides the body, but the partner wants it checked, not hidden.",
    sign = "Needs a key pair; you and the partner share one secret key: HMAC.",
  },
  ["lock password"] = {
    hash = "SHA-256 is fast: GPUs try billions of guesses a second against it.",
    md5 = "MD5 is fast and broken: stolen MD5 passwords fall in minutes.",
    base64 = "base64 is reversible: that is storing the password in plain text.",
    mac = "HMAC is fast too: a leaked key plus the table gives fast guessing.",
    encrypt = "Reversible: whoever steals the key reads every password.",
    sign = "A signature proves authorship; it does not protect a password.",
  },
  ["lock secret"] = {
    hash = "A hash cannot be turned back: you could never read the backup again.",
    md5 = "A hash is not encryption, and MD5 is broken anyway.",
    base64 = "base64 hides nothing: anyone decodes it.",
    mac = "An HMAC tag proves integrity; the data stays readable.",
    password = "Argon2id is one-way: the backup could never be read again.",
    sign = "A signature proves who wrote it; everyone can still read it.",
  },
  ["lock release"] = {
    hash = "An attacker who swaps the file swaps its hash on the page too.",
    md5 = "No key, and broken: anyone can make a file to match.",
    base64 = "base64 proves nothing about who made the file.",
    mac = "Every user would need your secret key, and could then forge releases.",
    password = "Argon2id is for storing passwords.",
    encrypt = "Encrypting hides the release; users need to read it and trust it.",
  },
}

return {
  format = 1,
  id = "cryptography.lock_room",
  quest = "cryptography",
  title = "The Lock Room",
  brief = "The campus vault has five locks, each for one job. Learn which tool does which job, then open "
    .. "them with the right keys. Talk to Nadia first; {hint} gives a hint.",
  music = "cryptography_vault",

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
      sprite = "token_card_yellow", solid = true, size = { 12, 12 },
      props = { key = "the job family it does", label = "its name, shown above it",
                no = "what it says when a lock refuses it" },
      on_spawn = function(self) locks().key_spawned(self) end,
      on_interact = function(self) locks().pick(self) end,
    },
    lock = {
      sprite = "slot", solid = true,
      props = { job = "the job, shown above it", short = "its name on the panel", wants = "the key it takes", door = "the door it opens" },
      on_spawn = function(self) locks().lock_spawned(self) end,
      on_place = function(self, token) return locks().place(self, token) end,
      on_take = function(self, token) locks().take(self, token) end,
    },
    door = {
      sprite = "door_locked", solid = true,
      on_spawn = function(self) locks().door_spawned(self) end,
      on_interact = function(self)
        if self.name == "vault door" then
          sq.say("Vault door", "Five locks hold this door. Each lock shows its job; carry it the one key that does that job.")
        else
          sq.say("Vault", "This door opens with the lock below it.")
        end
      end,
    },
    marker = { hidden = true },
  },

  map = {
    theme = "crypto",
    legend = {
      M = { type = "mentor", name = "Nadia", dialogue = "nadia", look = "nadia", facing = "down" },
      G = { type = "gate", requires = "hashing, hmac, password_hashing" },
      V = { type = "door", name = "vault door" },
      W = { type = "marker", name = "vault open" },
      h = { type = "skill", name = "hashing orb", skill = "hashing" },
      m = { type = "skill", name = "hmac orb", skill = "hmac" },
      p = { type = "skill", name = "password orb", skill = "password_hashing" },
      H = { type = "terminal", name = "checksum script", speaker = "verify_download.py",
            text = "The mirror publishes release.tar.gz and its SHA-256 next to it. The script should refuse a file that does not match.",
            quiz = "crypto_hash_1", more = "crypto_hash_2" },
      C = { type = "terminal", name = "webhook handler", speaker = "webhooks.py",
            text = "Our payment partner signs each webhook body with HMAC-SHA256 under a secret we share, and sends the hex tag in a header.",
            quiz = "crypto_hmac_1" },
      P = { type = "terminal", name = "password policy", speaker = "Password policy draft",
            text = "Which functions may store a password?",
            quiz = "crypto_pw_1" },
      S = { type = "terminal", name = "signup handler", speaker = "accounts.py",
            text = "Sign-up and login, with argon2-cffi.",
            quiz = "crypto_pw_2" },
      ["1"] = { type = "lock", name = "lock integrity", job = "copy\nintact?", wants = "hash", door = "door 1" },
      ["2"] = { type = "lock", name = "lock webhook", job = "webhook\nfrom ally", wants = "mac", door = "door 2" },
      ["3"] = { type = "lock", name = "lock password", job = "store a\npassword", wants = "password", door = "door 3" },
      ["4"] = { type = "lock", name = "lock secret", job = "keep file\nsecret", wants = "encrypt", door = "door 4" },
      ["5"] = { type = "lock", name = "lock release", job = "release\nis ours", wants = "sign", door = "door 5" },
      a = { type = "door", name = "door 1", tile = "wall" },
      b = { type = "door", name = "door 2", tile = "wall" },
      c = { type = "door", name = "door 3", tile = "wall" },
      d = { type = "door", name = "door 4", tile = "wall" },
      e = { type = "door", name = "door 5", tile = "wall" },
      s = { type = "key", name = "key SHA-256", key = "hash", label = "SHA-256" },
      k = { type = "key", name = "key HMAC", key = "mac", label = "HMAC-SHA256" },
      r = { type = "key", name = "key Argon2id", key = "password", label = "Argon2id" },
      g = { type = "key", name = "key AES-GCM", key = "encrypt", label = "AES-256-GCM" },
      n = { type = "key", name = "key Ed25519", key = "sign", label = "Ed25519 sign" },
      x = { type = "key", name = "key MD5", key = "md5", label = "MD5",
            no = "MD5 is broken: collisions take seconds. It opens nothing here." },
      y = { type = "key", name = "key base64", key = "base64", label = "base64",
            no = "base64 is an encoding, not cryptography: it protects nothing." },
      K = { type = "prop", sprite = "crypto_key_rack" },
      O = { type = "prop", sprite = "crypto_cabinet" },
      Z = { type = "prop", sprite = "crypto_sealed_crate" },
    },
    rows = {
      "#############################E##",
      "###a#####b#####c#####d#####e#V##",
      "#W.1.....2.....3.....4.....5...#",
      "#.............................Z#",
      "#K.s.......r.......n.......y...#",
      "#.............................Z#",
      "#......k.......g.......x.......#",
      "################G###############",
      "#..............................#",
      "#.H......C.......M.....P....S..#",
      "#..............................#",
      "#....h.........................#",
      "#..............@.......m.......#",
      "#O........................p...O#",
      "#..............................#",
      "################################",
    },
  },

  dialogue = {
    nadia = {
      { "Nadia Haddad, security engineer", "Welcome to the vault. Most crypto bugs I review are not broken "
        .. "ciphers: they are the right tool used for the wrong job." },
      "A hash fingerprints data. An HMAC proves a message came from someone who shares your key. A password "
        .. "hash stores passwords slowly. Encryption hides. A signature proves who wrote something.",
      "Take the three orbs here and use them at the terminals; the gate north opens once you hold all three. "
        .. "Beyond it, five locks: carry each the one key that does its job.",
      "First, a quick one from my last review.",
    },
    nadia_done = {
      { "Nadia Haddad, security engineer", "Good. The locks are north, past the gate: {hint} if you get stuck." },
    },
  },

  exercises = {
    crypto_tool_1 = {
      kind = "sort", skill = "hashing",
      prompt = "Which tool does each job? Sort the jobs.",
      bins = { "Hash", "HMAC", "Password hash", "Signature" },
      items = {
        { "Check a mirror's copy equals the original", bin = 1, why = "A fingerprint to compare: SHA-256." },
        { "Prove a webhook came from a keyed partner", bin = 2, why = "A keyed tag only key holders can make." },
        { "Let users log in without storing what they typed", bin = 3, why = "Argon2id: slow, salted, one-way." },
        { "Let anyone check an app update came from us", bin = 4, why = "Signed with our private key, checked with the public one." },
        { "Spot duplicate files in storage", bin = 1, why = "Equal hashes mean equal content (with SHA-256)." },
        { "Sign API requests with a per-client secret", bin = 2, why = "Client and server share the secret: HMAC-SHA256." },
      },
      explain = "Hash: integrity, no key. HMAC: integrity and origin, shared key. Password hash: slow on purpose. Signature: a private key signs, anyone verifies with the public key.",
    },
    crypto_hash_1 = {
      kind = "fill", skill = "hashing", language = "python",
      prompt = "Refuse a download whose SHA-256 does not match the published one.",
      code = [[
import hashlib

with open("release.tar.gz", "{1}") as f:
    digest = hashlib.file_digest(f, "{2}")
if digest.hexdigest() != published_sha256:
    raise SystemExit("corrupted or altered")
]],
      blanks = {
        { options = { "rb", "r" }, answer = 1,
          why = { "Hashes work on bytes: open the file in binary mode.",
                  "Text mode decodes and may change line endings: the bytes hashed would differ." } },
        { options = { "sha256", "md5", "base64" }, answer = 1,
          why = { "The published value is SHA-256, which has no known collisions.",
                  "MD5 is broken: an attacker can craft a different file with the same MD5.",
                  "base64 is an encoding, not a hash algorithm hashlib knows." } },
      },
      explain = "hashlib.file_digest (Python 3.11+) reads the file in chunks. Equal SHA-256 digests mean equal bytes. But the hash only helps if it comes from somewhere the attacker cannot change.",
    },
    crypto_hash_2 = {
      kind = "choice", skill = "hashing", scenario = true,
      prompt = "Your download page lists each file's SHA-256, on the same server as the files. An attacker takes over the server. What does a matching checksum now prove?",
      choices = {
        { "Only that the download was not corrupted on the way", right = true,
          why = "The attacker can replace the file and its listed hash together." },
        { "That the file is the one your team built",
          why = "A hash has no key: anyone can compute the hash of a tampered file." },
        { "Nothing: SHA-256 is broken",
          why = "SHA-256 has no known collisions; the problem is where the hash is kept." },
      },
      explain = "A hash proves integrity against accidents, not who made the file. To prove origin, sign the release (or publish the hash somewhere the attacker cannot reach).",
    },
    crypto_hmac_1 = {
      kind = "code", skill = "hmac", language = "python",
      prompt = "This check accepts the right webhooks, but leaks through timing how much of a forged tag is right. Which line?",
      code = [[
import hashlib
import hmac

def verify(secret: bytes, body: bytes, tag: str):
    mac = hmac.new(secret, body, hashlib.sha256)
    return mac.hexdigest() == tag
]],
      answer = 6,
      why = {
        [5] = "Right: HMAC-SHA256 over the raw body with the shared secret.",
        [6] = "== stops at the first differing character, so its timing leaks the tag byte by byte.",
      },
      explain = "Compare tags with hmac.compare_digest(mac.hexdigest(), tag): it takes the same time wherever they differ. And compute the HMAC over the raw bytes received, before parsing the JSON.",
    },
    crypto_pw_1 = {
      kind = "sort", skill = "password_hashing",
      prompt = "A new service stores user passwords. Which of these may store them?",
      bins = { "Fine for passwords", "Never for passwords" },
      items = {
        { "Argon2id (argon2-cffi)", bin = 1, why = "Memory-hard and slow: the first choice today." },
        { "bcrypt", bin = 1, why = "Slow and salted; at most 72 bytes (bcrypt 5 refuses longer)." },
        { "scrypt (hashlib.scrypt)", bin = 1, why = "Memory-hard; choose n, r, p and a random salt." },
        { "SHA-256 with a salt", bin = 2, why = "Fast: a GPU tries billions of guesses a second." },
        { "MD5", bin = 2, why = "Fast and broken." },
        { "AES-GCM encryption", bin = 2, why = "Reversible: steal the key, read every password." },
      },
      explain = "Store passwords with a slow, salted, one-way function built for it: Argon2id first, else scrypt or bcrypt. Speed is the enemy: every fast hash is fast for the attacker too.",
    },
    crypto_pw_2 = {
      kind = "fill", skill = "password_hashing", language = "python",
      prompt = "Store a new password at sign-up, and check one at login, with argon2-cffi.",
      code = [[
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

ph = PasswordHasher()           # Argon2id by default
stored = ph.{1}(password)       # at sign-up
try:
    ph.{2}(stored, attempt)     # at login
except VerifyMismatchError:
    deny_login()
]],
      blanks = {
        { options = { "hash", "encrypt", "digest" }, answer = 1,
          why = { "hash() makes a random salt and returns $argon2id$... with its parameters.",
                  "PasswordHasher has no encrypt(): a password is never stored reversibly.",
                  "PasswordHasher has no digest()." } },
        { options = { "verify", "hash", "decrypt" }, answer = 1,
          why = { "verify() rehashes the attempt with the stored salt and parameters.",
                  "hash() makes a new salt each time, so it never equals the stored string.",
                  "Nothing can be decrypted: Argon2 is one-way." } },
      },
      explain = "The stored string carries the salt and the cost. After a successful login, ph.check_needs_rehash(stored) says when to store a new hash with today's parameters.",
    },
  },

  hints = {
    "Nadia stands in the middle of the study: walk next to her and press {confirm}.",
    "Take the three orbs, then answer the terminals: the gate north opens when you hold all three skills.",
    "Carry each key to the lock whose job it does. A refused key says why.",
  },

  goals = {
    { talk = "Nadia", text = "Talk to Nadia",
      hint = "Nadia is {where:Nadia}." },
    { collect = "hashing", text = "Hold Hash functions",
      hint = "Take the hashing orb, then use the checksum script terminal." },
    { collect = "hmac", text = "Hold HMAC",
      hint = "Take the HMAC orb, then use the webhook handler terminal." },
    { collect = "password_hashing", text = "Hold Password hashing",
      hint = "Take the password orb, then use the password policy or sign-up terminal." },
    { reach = "vault open", text = "Open all five locks",
      hint = "North of the gate: carry each key ({confirm}) to the lock whose job it does ({confirm} again)." },
  },

  grants = { xp = 60 },

  on_start = function()
    locks().config{
      title = "Vault locks",
      reasons = reasons,
      on_all = function()
        locks().panel()
        sq.after(0.3, function()
          sq.goal("vault open")
          sq.xp(30)
          locks().open_door("vault door")
          sq.say("Nadia", "All five open: hash, HMAC, password hash, encryption, signature. One job each. "
            .. "The vault door is open; the exit is behind it.")
        end)
      end,
    }
  end,

  on_update = function()
    locks().follow(7)
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
