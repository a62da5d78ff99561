-- levels/cryptography/02_nonce_vault.lua: the Cryptography quest, level 2.
-- The radio room sends two messages sealed with AES-GCM under one key. The
-- intern hard-coded the nonce, and the eavesdropper's screen (lib/nonce.lua)
-- shows what that costs: XOR the two ciphertexts with the public notice and
-- the secret PIN appears. The player learns symmetric encryption, AEAD and
-- the cryptography package, and fixes the sealers with fresh nonces.
-- Play order: Tobi (the leak) -> Ines (the orbs, the terminals) -> the
-- sealers (fresh nonces) -> the door -> exit.
-- Facts (cryptography's AESGCM and Fernet, NIST SP 800-38D): FACTS.md.

local function nonce()
  return sq.module("nonce")
end

local asks = { Ines = { "crypto_aead_2" }, Tobi = { "crypto_lib_2" } }
local right = {}
local door_id

local function maybe_open()
  if door_id and nonce().safe() and sq.has_skill("aead") and sq.has_skill("cryptography_lib")
      and sq.has_skill("symmetric_encryption") then
    sq.open_gate(door_id)
    sq.set_sprite(door_id, "door_open")
  end
end

return {
  format = 1,
  id = "cryptography.nonce_vault",
  quest = "cryptography",
  title = "The Nonce Vault",
  brief = "The radio room seals every message with AES-GCM, yet an eavesdropper just read a door PIN. "
    .. "Find out how, and fix it. Talk to Tobi first; {hint} gives a hint.",
  music = "cryptography_vault",
  requires = { "hmac" },

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
    nonce_token = {
      sprite = "token_chip_yellow", solid = true, size = { 12, 12 },
      props = { nonce = "its value, a number", label = "shown above it" },
      on_spawn = function(self) nonce().token_spawned(self) end,
      on_interact = function(self) sq.module("locks").pick(self) end,
    },
    sealer = {
      sprite = "slot", solid = true,
      props = { label = "which message it seals" },
      on_spawn = function(self) nonce().sealer_spawned(self) end,
      on_place = function(self, token) return nonce().place(self, token) end,
      on_take = function(self, token) nonce().take(self, token) end,
    },
    door = {
      sprite = "door_locked", solid = true,
      on_spawn = function(self) door_id = self.id end,
      on_interact = function(self)
        sq.say("Radio room door", "It opens when no message leaks and you hold Symmetric encryption, "
          .. "Authenticated encryption and cryptography (Python).")
      end,
    },
    marker = { hidden = true },
  },

  map = {
    theme = "crypto",
    legend = {
      T = { type = "mentor", name = "Tobi", dialogue = "tobi", look = "tobi", facing = "down" },
      I = { type = "mentor", name = "Ines", dialogue = "ines", look = "ines", facing = "down" },
      X = { type = "door", name = "radio room door" },
      W = { type = "marker", name = "no leak" },
      s = { type = "skill", name = "symmetric orb", skill = "symmetric_encryption" },
      a = { type = "skill", name = "aead orb", skill = "aead" },
      l = { type = "skill", name = "cryptography orb", skill = "cryptography_lib" },
      ["1"] = { type = "sealer", name = "sealer 1", label = "msg 1: PIN" },
      ["2"] = { type = "sealer", name = "sealer 2", label = "msg 2: notice" },
      h = { type = "nonce_token", name = "hardcoded nonce A", nonce = 1, label = "00..01" },
      j = { type = "nonce_token", name = "hardcoded nonce B", nonce = 1, label = "00..01" },
      u = { type = "nonce_token", name = "random nonce X", nonce = 7340, label = "urandom(12)" },
      v = { type = "nonce_token", name = "random nonce Y", nonce = 9911, label = "urandom(12)" },
      C = { type = "terminal", name = "ECB report", speaker = "Pen-test report, finding 3",
            text = "customers.db: AES-128 in ECB mode. Customers with the same address have identical ciphertext blocks.",
            quiz = "crypto_sym_1" },
      K = { type = "terminal", name = "key shelf", speaker = "Key shelf",
            text = "Labels on the shelf: AES-256 key, RSA-3072 key pair, X25519 key pair, Fernet key, ChaCha20 key.",
            quiz = "crypto_sym_2" },
      G = { type = "terminal", name = "sealer code", speaker = "sealer.py",
            text = "The radio room's sealer. Tobi says it passed every test.",
            quiz = "crypto_aead_1" },
      F = { type = "terminal", name = "fixed sealer", speaker = "sealer.py, fixed",
            text = "Ines's rewrite with the cryptography package.",
            quiz = "crypto_lib_1" },
      R = { type = "prop", sprite = "server_rack" },
      Z = { type = "prop", sprite = "crypto_sealed_crate" },
      B = { type = "prop", sprite = "crypto_cabinet" },
    },
    rows = {
      "##E###########################",
      "##X......................RRBB#",
      "#W...........................#",
      "#....1.......2...............#",
      "#...........................B#",
      "#....h.......j...............#",
      "#............................#",
      "#.u.......T......v...........#",
      "#............................#",
      "#.C......G.....F.......K.....#",
      "#............................#",
      "#...s.........I........a.....#",
      "#.........@..............l...#",
      "#Z..........................Z#",
      "##############################",
    },
  },

  dialogue = {
    tobi = {
      { "Tobi Adeyemi, intern", "I built the radio room's sealer! AES-GCM with a 256-bit key, the best there is. "
        .. "Each message gets the nonce 00..01, so the receiver always knows it." },
      "But look at the screen: Eve, who taps the radio, reads the door PIN. She knows the other message, "
        .. "the public notice 'meet at the dock'. How? Ask Ines, she knows ciphers.",
    },
    ines = {
      { "Ines Ferreira, cryptographer", "AES-GCM is fine. The nonce is not. GCM turns key and nonce into a keystream "
        .. "and XORs it with the message. Same key, same nonce: same keystream." },
      "XOR the two ciphertexts and the keystream cancels: you get PIN xor notice. Eve knows the notice, so she XORs "
        .. "it away, and the PIN is on her screen. Worse, she can now forge GCM tags.",
      "Take the three orbs and answer the terminals. Then put a fresh nonce on each sealer: os.urandom(12), new for "
        .. "every message. Watch her screen turn to noise.",
    },
  },

  exercises = {
    crypto_sym_1 = {
      kind = "choice", skill = "symmetric_encryption", scenario = true,
      prompt = "customers.db is encrypted with AES in ECB mode, and equal addresses give equal ciphertext blocks. What do you change?",
      choices = {
        { "Re-encrypt with an AEAD such as AES-GCM, a fresh nonce per record", right = true,
          why = "Each record gets its own keystream, and tampering is detected." },
        { "Switch to AES-256 in ECB mode",
          why = "A longer key does not help: ECB still maps equal blocks to equal blocks." },
        { "Compress the records before encrypting",
          why = "Equal records still encrypt equally, and compression can leak lengths." },
        { "Base64-encode the ciphertext",
          why = "An encoding hides no pattern: equal blocks stay equal." },
      },
      explain = "ECB encrypts each 16-byte block on its own, so patterns show through. Use an authenticated mode with a unique nonce per message.",
    },
    crypto_sym_2 = {
      kind = "sort", skill = "symmetric_encryption",
      prompt = "Which keys are symmetric (one shared secret key) and which are public-key pairs?",
      bins = { "Symmetric", "Public-key pair" },
      items = {
        { "AES-256 key", bin = 1, why = "One 32-byte secret, the same to encrypt and decrypt." },
        { "ChaCha20 key", bin = 1, why = "A 256-bit stream cipher key." },
        { "Fernet key", bin = 1, why = "AES-128 and HMAC-SHA256 keys in one secret." },
        { "RSA-3072 key pair", bin = 2, why = "A public key to encrypt or verify, a private key to decrypt or sign." },
        { "X25519 key pair", bin = 2, why = "Diffie-Hellman: two parties agree a shared key." },
      },
      explain = "Symmetric ciphers are fast and need one shared secret; public-key algorithms solve how to share it, and to sign. TLS uses both.",
    },
    crypto_aead_1 = {
      kind = "code", skill = "aead", language = "python",
      prompt = "Every message this sealer makes decrypts fine, yet an eavesdropper reads them. Which line is the bug?",
      code = [[
import os
from cryptography.hazmat.primitives.ciphers import aead

KEY = load_key()
NONCE = os.urandom(12)

def seal(message: bytes) -> bytes:
    ct = aead.AESGCM(KEY).encrypt(NONCE, message, None)
    return NONCE + ct
]],
      answer = 5,
      why = {
        [5] = "The nonce is drawn once, at import: every message reuses it under the same key.",
        [8] = "encrypt(nonce, data, associated_data) is the right call; the nonce given is the problem.",
        [9] = "Sending the nonce with the ciphertext is normal: it need not be secret, only unique.",
      },
      explain = "Draw the nonce inside seal(): nonce = os.urandom(12) for every message. Random 96-bit nonces are safe for about 2**32 messages per key; past that, rotate the key.",
    },
    crypto_aead_2 = {
      kind = "choice", skill = "aead",
      prompt = "Two messages were sealed with AES-GCM under one key and one nonce. What can an eavesdropper do?",
      choices = {
        { "XOR the ciphertexts to get the XOR of the plaintexts, and forge tags", right = true,
          why = "Same keystream twice, and the reuse also reveals GCM's authentication key." },
        { "Nothing: AES-256 cannot be broken",
          why = "AES is not attacked here; the reused keystream is." },
        { "Read the key from the nonce",
          why = "The nonce is public anyway; it reveals nothing about the key." },
        { "Only see that the messages have the same length",
          why = "Much worse: knowing one message reveals the other." },
      },
      explain = "A nonce must be unique per key: a random 12-byte one, or a counter that never repeats. Or choose AES-GCM-SIV, which survives a repeated nonce better.",
    },
    crypto_lib_1 = {
      kind = "fill", skill = "cryptography_lib", language = "python",
      prompt = "Seal a PIN with AES-GCM, binding it to its order id, and open it again.",
      code = [[
import os
from cryptography.hazmat.primitives.ciphers import aead

key = aead.AESGCM.generate_key(bit_length=256)
aesgcm = aead.AESGCM(key)
nonce = {1}
ct = aesgcm.encrypt(nonce, b"PIN 4821", b"order-42")
pt = aesgcm.{2}(nonce, ct, b"order-42")
]],
      blanks = {
        { options = { "os.urandom(12)", "bytes(12)", "key[:12]" }, answer = 1,
          why = { "12 fresh random bytes: the recommended GCM nonce size.",
                  "Twelve zero bytes: the same nonce for every message.",
                  "Part of the key, sent in clear with the message: it leaks the key." } },
        { options = { "decrypt", "encrypt", "verify" }, answer = 1,
          why = { "decrypt() checks the tag and raises InvalidTag on any change.",
                  "Encrypting again would seal the ciphertext a second time.",
                  "AESGCM has no verify(): decrypt() verifies." } },
      },
      explain = "The third argument is associated data: sent in clear but authenticated, so the PIN cannot be moved to another order. encrypt() returns the ciphertext with its 16-byte tag.",
    },
    crypto_lib_2 = {
      kind = "choice", skill = "cryptography_lib", scenario = true,
      prompt = "Your Flask app must keep a small blob encrypted in a database, and nobody on the team is a cryptographer. Which do you use?",
      choices = {
        { "cryptography's Fernet: Fernet(key).encrypt(data)", right = true,
          why = "A recipe: it picks the cipher, the IV and the MAC, and checks them on decrypt." },
        { "AES in CTR mode from the hazmat layer, with an HMAC you add",
          why = "Possible, but every choice (IV, MAC order, comparison) is yours to get wrong." },
        { "PyCrypto's AES.new(key, AES.MODE_CBC, iv)",
          why = "PyCrypto is unmaintained since 2013, and CBC alone has no integrity." },
        { "base64 and a secret column name",
          why = "That is not encryption." },
      },
      explain = "Fernet is AES-128-CBC with HMAC-SHA256, a timestamp and a version in one token; decrypt(token, ttl=...) can refuse old ones. Reach for hazmat only when a recipe does not fit.",
    },
  },

  hints = {
    "Tobi stands in the middle of the room: walk next to him and press {confirm}.",
    "Ines explains the leak. Take the three orbs and answer the terminals.",
    "{confirm} at a sealer takes its nonce off; {confirm} at a urandom(12) nonce swaps it for the one in your hands. Then back to the sealer.",
  },

  goals = {
    { talk = "Tobi", text = "Talk to Tobi", hint = "Tobi is {where:Tobi}." },
    { talk = "Ines", text = "Ask Ines how Eve did it", hint = "Ines is {where:Ines}." },
    { collect = "symmetric_encryption", text = "Hold Symmetric encryption",
      hint = "Take the symmetric orb, then use the ECB report or the key shelf." },
    { collect = "aead", text = "Hold Authenticated encryption",
      hint = "Take the AEAD orb, then use the sealer code terminal or ask Ines." },
    { collect = "cryptography_lib", text = "Hold cryptography (Python)",
      hint = "Take the cryptography orb, then use the fixed sealer or ask Tobi." },
    { reach = "no leak", text = "Stop the leak",
      hint = "Each sealer needs its own nonce: swap a 00..01 for a urandom(12)." },
  },

  grants = { xp = 70 },

  on_start = function()
    nonce().config{
      on_leak = function() end,
      on_safe = function()
        sq.goal("no leak")
        sq.xp(30)
        sq.after(0.2, function()
          sq.say("Ines", "Noise: two nonces, two keystreams, nothing cancels. One key, never one nonce twice.")
        end)
        maybe_open()
      end,
    }
    nonce().preset({ ["sealer 1"] = "hardcoded nonce A", ["sealer 2"] = "hardcoded nonce B" })
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
    maybe_open()
  end,
}
