-- levels/cryptography/03_key_hall.lua: the Cryptography quest, level 3.
-- The key hall: public keys, signatures and the certificates TLS rests on.
-- The locks (lib/locks.lua) now want key material, not algorithms: Bo's
-- public key to send Bo a secret, our private key to sign a release, Ana's
-- public key to check her update, and a certificate a client will accept
-- for api.campus.dev. A leaked private key, a self-signed, an expired and a
-- misnamed certificate lie about as traps, each refused with its reason.
-- Play order: Sione (orbs, the key desk) -> Leila (TLS, the client code)
-- -> the four locks -> the gate door -> exit.
-- Facts (cryptography's Ed25519, RFC 8446, requests): FACTS.md.

local function locks()
  return sq.module("locks")
end

local asks = { Sione = { "crypto_pk_2" }, Leila = { "crypto_tls_3" } }
local right = {}

local reasons = {
  ["lock to Bo"] = {
    our_priv = "Your private key signs; to encrypt for Bo, use Bo's public key.",
    our_pub = "Encrypted to your own key: only you could read it, not Bo.",
    ana_pub = "Only Ana's private key opens that: Bo could not read it.",
    bo_priv = "A leaked private key is revoked, never used. Bo's public key will do.",
  },
  ["lock sign"] = {
    our_pub = "A public key verifies; only the private key can sign.",
    bo_pub = "Bo's key cannot sign for us, and a public key signs nothing.",
    ana_pub = "A public key signs nothing.",
    bo_priv = "Signing with someone else's leaked key is forgery.",
  },
  ["lock verify"] = {
    our_pub = "That checks our own signatures, not Ana's.",
    our_priv = "Verifying needs no secret: use the signer's public key.",
    bo_pub = "Ana signed it: Bo's key will say the signature is invalid.",
    bo_priv = "A leaked private key is revoked, never used.",
  },
  ["lock tls"] = {
    self_signed = "Self-signed: no CA a client trusts vouches for it.",
    expired = "Expired in March: clients refuse it.",
    wrong_name = "Issued for www.campus.dev: the name must match api.campus.dev.",
    our_priv = "A server shows a certificate: a public key with a name, CA-signed.",
    our_pub = "A bare public key has no name and no CA signature: use a certificate.",
    bo_pub = "Bo's key says nothing about api.campus.dev.",
    ana_pub = "Ana's key says nothing about api.campus.dev.",
    bo_priv = "A leaked private key is revoked, never used.",
  },
}

return {
  format = 1,
  id = "cryptography.key_hall",
  quest = "cryptography",
  title = "The Key Hall",
  brief = "Public keys, private keys, signatures and certificates: the key hall holds them all, and four locks "
    .. "want the right one. Talk to Sione first; {hint} gives a hint.",
  music = "cryptography_vault",
  requires = { "hashing", "symmetric_encryption" },

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
      sprite = "token_card_blue", solid = true, size = { 12, 12 },
      props = { key = "what it is", label = "its name, shown above it", no = "why no lock takes it" },
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
        sq.say("Hall door", "Four locks hold this door: each wants one key or certificate.")
      end,
    },
    marker = { hidden = true },
  },

  map = {
    theme = "crypto",
    legend = {
      S = { type = "mentor", name = "Sione", dialogue = "sione", look = "sione", facing = "down" },
      L = { type = "mentor", name = "Leila", dialogue = "leila", look = "leila", facing = "down" },
      G = { type = "gate", requires = "public_key, digital_signatures, tls" },
      V = { type = "door", name = "hall door" },
      W = { type = "marker", name = "hall open" },
      p = { type = "skill", name = "public key orb", skill = "public_key" },
      g = { type = "skill", name = "signature orb", skill = "digital_signatures" },
      t = { type = "skill", name = "tls orb", skill = "tls" },
      D = { type = "terminal", name = "key desk", speaker = "Key desk",
            text = "Two key pairs on the desk: ours, and Bo's. Which key does each step use?",
            quiz = "crypto_pk_1" },
      R = { type = "terminal", name = "release signer", speaker = "sign_release.py",
            text = "Signs every release with our Ed25519 key; the updater checks it before installing.",
            quiz = "crypto_sig_1", more = "crypto_sig_2" },
      H = { type = "terminal", name = "handshake board", speaker = "TLS 1.3, on a whiteboard",
            text = "Leila's sketch of what happens before the first byte of HTTP.",
            quiz = "crypto_tls_1" },
      C = { type = "terminal", name = "rates client", speaker = "rates.py",
            text = "Fetches exchange rates from the bank's API over HTTPS.",
            quiz = "crypto_tls_2" },
      ["1"] = { type = "lock", name = "lock to Bo", job = "secret\nfor Bo", wants = "bo_pub" },
      ["2"] = { type = "lock", name = "lock sign", job = "sign our\nrelease", wants = "our_priv" },
      ["3"] = { type = "lock", name = "lock verify", job = "check Ana's\nupdate", wants = "ana_pub" },
      ["4"] = { type = "lock", name = "lock tls", job = "serve\napi.campus.dev", wants = "cert_ok" },
      a = { type = "key", name = "our private key", key = "our_priv", label = "our\nprivate" },
      b = { type = "key", name = "our public key", key = "our_pub", label = "our\npublic" },
      c = { type = "key", name = "Bo's public key", key = "bo_pub", label = "Bo's\npublic" },
      d = { type = "key", name = "Ana's public key", key = "ana_pub", label = "Ana's\npublic" },
      e = { type = "key", name = "Bo's leaked key", key = "bo_priv", label = "Bo's private\n(leaked)",
            no = "A leaked private key is revoked and replaced, never used." },
      f = { type = "key", name = "cert api.campus.dev", key = "cert_ok", label = "api. cert\nCA-signed",
            no = "A certificate goes on a server, not on this lock." },
      h = { type = "key", name = "cert self-signed", key = "self_signed", label = "api. cert\nself-signed",
            no = "A certificate goes on a server, not on this lock." },
      i = { type = "key", name = "cert expired", key = "expired", label = "api. cert\nexpired",
            no = "A certificate goes on a server, not on this lock." },
      j = { type = "key", name = "cert www", key = "wrong_name", label = "www. cert\nCA-signed",
            no = "A certificate goes on a server, not on this lock." },
      K = { type = "prop", sprite = "crypto_key_rack" },
      O = { type = "prop", sprite = "crypto_cabinet" },
      Z = { type = "prop", sprite = "crypto_vault_door" },
    },
    rows = {
      "################E#################",
      "################V#################",
      "#................................#",
      "#................................#",
      "#W..1.....2...........3......4..K#",
      "#K..............................O#",
      "#................................#",
      "#..a.....b.....c.....d.....e.....#",
      "#................................#",
      "#................................#",
      "#....f......h.......i.......j....#",
      "#................................#",
      "################G#################",
      "#................................#",
      "#..D.....S.......R.....L.....H...#",
      "#................................#",
      "#....p.........g...........t.....#",
      "#..........@.............C.......#",
      "#Z..............................O#",
      "##################################",
    },
  },

  dialogue = {
    sione = {
      { "Sione Tupou, PKI engineer", "Every key here comes in a pair. The public half goes to everyone; the "
        .. "private half never leaves its owner. What one half does, only the other undoes." },
      "Encrypt with Bo's public key and only Bo can read it. Sign with our private key and anyone with our "
        .. "public key can check it was us, and that not one byte changed.",
      "A certificate is a public key with a name, signed by a certificate authority your system trusts. "
        .. "Take the orbs, use the desk and the release signer, then see Leila about TLS.",
    },
    leila = {
      { "Leila Nasser, site reliability engineer", "TLS is where all of it meets: the server proves its name "
        .. "with a certificate chain, both sides agree a fresh key, and AES-GCM carries the data." },
      "The locks past the gate want key material, and one wants the certificate a client will accept for "
        .. "api.campus.dev. Careful: there are a few that look right.",
    },
  },

  exercises = {
    crypto_pk_1 = {
      kind = "sort", skill = "public_key",
      prompt = "Which key does each step use?",
      bins = { "Bo's public", "Bo's private", "Our private", "Our public" },
      items = {
        { "We encrypt a file for Bo", bin = 1, why = "Anyone may encrypt to Bo with his public key." },
        { "Bo decrypts that file", bin = 2, why = "Only Bo's private key undoes it." },
        { "We sign a release", bin = 3, why = "Signing needs the secret half: ours." },
        { "Bo checks our release", bin = 4, why = "Verifying uses the signer's public key." },
        { "Bo signs his reply", bin = 2, why = "Bo signs with his own private key." },
        { "We check Bo's reply", bin = 1, why = "Bo's public key verifies his signatures." },
      },
      explain = "Encrypt to the recipient's public key; sign with your own private key. Private keys never travel. (In practice you encrypt a symmetric key this way, or agree one with X25519.)",
    },
    crypto_pk_2 = {
      kind = "choice", skill = "public_key", scenario = true,
      prompt = "A developer pushed the private key of api.campus.dev's TLS certificate to a public repository. What do you do?",
      choices = {
        { "Revoke the certificate, make a new key pair and certificate, and deploy them", right = true,
          why = "The old key is public now: only a new key pair restores the secret half." },
        { "Delete the commit and force-push",
          why = "Clones, forks and scanners have it already; history rewrites do not unpublish." },
        { "Make the repository private",
          why = "Whoever copied the key keeps it." },
        { "Nothing: HTTPS still works",
          why = "Anyone with the key can impersonate the server to clients." },
      },
      explain = "A leaked private key is compromised for good: revoke, replace, and find out how it leaked (keep keys in a secret manager or KMS, never in the repository).",
    },
    crypto_sig_1 = {
      kind = "fill", skill = "digital_signatures", language = "python",
      prompt = "Sign a release with Ed25519, and check it the way the updater does.",
      code = [[
from cryptography.hazmat.primitives.asymmetric \
    import ed25519
from cryptography.exceptions import InvalidSignature

private_key = ed25519.Ed25519PrivateKey.generate()
signature = private_key.{1}(release)
public_key = private_key.public_key()
try:
    public_key.{2}(signature, release)
except InvalidSignature:
    refuse_update()
]],
      blanks = {
        { options = { "sign", "encrypt", "verify" }, answer = 1,
          why = { "sign(data) returns a 64-byte Ed25519 signature.",
                  "Ed25519 keys only sign; there is no encrypt().",
                  "The private key signs; verify() belongs to the public key." } },
        { options = { "verify", "decrypt", "sign" }, answer = 1,
          why = { "verify(signature, data) returns None, or raises InvalidSignature.",
                  "A signature is not decrypted: it is verified.",
                  "A public key cannot sign." } },
      },
      explain = "The updater ships only the public key. Any changed byte of the release, or a signature by another key, raises InvalidSignature.",
    },
    crypto_sig_2 = {
      kind = "choice", skill = "digital_signatures", scenario = true,
      prompt = "A mobile app must check that its downloaded updates come from you. HMAC-SHA256 or an Ed25519 signature?",
      choices = {
        { "Ed25519: the app holds only the public key", right = true,
          why = "Whoever takes the app apart finds a key that can verify but never sign." },
        { "HMAC-SHA256: it is faster",
          why = "Every app would hold the HMAC key, and anyone who extracts it can make valid tags." },
        { "Neither: HTTPS is enough",
          why = "HTTPS protects the download, not a compromised update server or mirror." },
      },
      explain = "Use an HMAC when both sides may create tags (they share a key); use a signature when many must verify but only one may sign.",
    },
    crypto_tls_1 = {
      kind = "order", skill = "tls",
      prompt = "A browser opens https://api.campus.dev (TLS 1.3). Put the steps in order.",
      items = {
        { "Client hello: cipher suites and a key share", why = "TLS 1.3 sends its key share at once." },
        { "Server hello: its key share", why = "Now both can derive the handshake keys." },
        { "Server sends its certificate chain and signs the handshake", why = "CertificateVerify proves it holds the private key." },
        { "Client checks the chain, the name and the dates", why = "Up to a root in its trust store, for api.campus.dev." },
        { "Both derive traffic keys; HTTP flows under AES-GCM", why = "Symmetric AEAD carries the data." },
      },
      explain = "Key agreement (X25519, today often hybrid with ML-KEM) gives fresh keys per connection; the certificate and its signature prove who is on the other end.",
    },
    crypto_tls_2 = {
      kind = "code", skill = "tls", language = "python",
      prompt = "This client fetches exchange rates. Which line lets anyone on the network feed it fake rates?",
      code = [[
import requests

def fetch_rates():
    r = requests.get("https://rates.bank.example/v1",
                     timeout=5, verify=False)
    r.raise_for_status()
    return r.json()
]],
      answer = 5,
      why = {
        [4] = "HTTPS is right; but the certificate is then never checked.",
        [5] = "verify=False accepts any certificate: a man in the middle can pose as the bank.",
      },
      explain = "Leave verify at its default (True). For an internal CA, pass verify=\"/path/to/ca.pem\" rather than switching checks off.",
    },
    crypto_tls_3 = {
      kind = "choice", skill = "tls", scenario = true,
      prompt = "An internal service uses a certificate from your company's own CA, and requests fails with CERTIFICATE_VERIFY_FAILED. What do you do?",
      choices = {
        { "Pass the company CA bundle: verify=\"/etc/ssl/company-ca.pem\"", right = true,
          why = "The chain is checked against the CA you do trust." },
        { "verify=False for that host",
          why = "Then any certificate passes, including an attacker's." },
        { "Switch to plain http inside the network",
          why = "Internal networks get breached too; anyone inside reads and changes traffic." },
        { "Catch the exception and retry",
          why = "It fails the same way every time: the CA is not trusted." },
      },
      explain = "Trust is configured, not disabled: add the CA to the client's trust store (or REQUESTS_CA_BUNDLE), and keep checking names and dates.",
    },
  },

  hints = {
    "Sione stands in the middle of the lower room: walk next to him and press {confirm}.",
    "Take the three orbs, use the key desk, the release signer and Leila's terminals: the gate opens when you hold all three.",
    "Encrypt to the recipient's public key; sign with your own private key; verify with the signer's public key.",
  },

  goals = {
    { talk = "Sione", text = "Talk to Sione", hint = "Sione is {where:Sione}." },
    { talk = "Leila", text = "Talk to Leila", hint = "Leila is {where:Leila}." },
    { collect = "public_key", text = "Hold Public-key crypto",
      hint = "Take the public key orb, then use the key desk." },
    { collect = "digital_signatures", text = "Hold Digital signatures",
      hint = "Take the signature orb, then use the release signer." },
    { collect = "tls", text = "Hold TLS and HTTPS",
      hint = "Take the TLS orb, then use the handshake board or the rates client." },
    { reach = "hall open", text = "Open all four locks",
      hint = "North of the gate: carry each key or certificate to the lock whose job it does." },
  },

  grants = { xp = 70 },

  on_start = function()
    locks().config{
      title = "Key hall locks",
      reasons = reasons,
      on_all = function()
        sq.after(0.3, function()
          sq.goal("hall open")
          sq.xp(30)
          locks().open_door("hall door")
          sq.say("Sione", "All four: public key to encrypt, private key to sign, the signer's public key to "
            .. "verify, and a certificate a client can trust. The door is open.")
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
