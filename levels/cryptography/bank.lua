-- levels/cryptography/bank.lua: review-only exercises of the Cryptography
-- quest. The review desks draw on them, and a terminal asks one in place of
-- a missed exercise. Facts: FACTS.md.
return {
  format = 1,
  quest = "cryptography",
  exercises = {
    crypto_km_3 = {
      kind = "fill", skill = "key_management", language = "python",
      prompt = "Rotate to a new Fernet key: new tokens use it, old tokens still open, and stored tokens move over.",
      code = [[
from cryptography.fernet import Fernet, MultiFernet

ring = MultiFernet([Fernet({1}), Fernet(other)])
token = ring.encrypt(data)        # under the first key
data = ring.decrypt(old_token)    # any key in the ring
new_token = ring.{2}(old_token)
]],
      blanks = {
        { options = { "new_key", "old_key" }, answer = 1,
          why = { "MultiFernet encrypts with the first key of the list.",
                  "New tokens would go on using the key you are retiring." } },
        { options = { "rotate", "encrypt", "decrypt" }, answer = 1,
          why = { "rotate() decrypts with any key and re-encrypts under the first, keeping the timestamp.",
                  "Encrypting the old token would wrap it, not replace it.",
                  "decrypt() gives the data back, but stores nothing new." } },
      },
      explain = "Once every stored token is rotated, drop the other key from the ring. The same idea is a key version in envelope encryption.",
    },
    crypto_km_4 = {
      kind = "sort", skill = "key_management",
      prompt = "Where may a production encryption key live?",
      bins = { "Acceptable", "Never" },
      items = {
        { "A cloud KMS or an HSM", bin = 1, why = "The key never leaves; every use is logged." },
        { "A secret manager, fetched at start-up", bin = 1, why = "Access is controlled, audited and rotatable." },
        { "The git repository, in config.py", bin = 2, why = "Every clone and fork has it for ever." },
        { "A layer of the Docker image", bin = 2, why = "Anyone who pulls the image can read it." },
        { "The application's debug log", bin = 2, why = "Logs are copied, shipped and kept." },
      },
      explain = "Keys belong where access is controlled and audited, and where they can be rotated without a code change.",
    },
    crypto_pq_4 = {
      kind = "sort", skill = "post_quantum",
      prompt = "NIST's first post-quantum standards, August 2024: which standard is each?",
      bins = { "FIPS 203", "FIPS 204", "FIPS 205" },
      items = {
        { "ML-KEM", bin = 1, why = "Module-lattice key encapsulation." },
        { "Formerly CRYSTALS-Kyber", bin = 1, why = "Kyber became ML-KEM." },
        { "ML-DSA", bin = 2, why = "Module-lattice digital signatures." },
        { "Formerly CRYSTALS-Dilithium", bin = 2, why = "Dilithium became ML-DSA." },
        { "SLH-DSA", bin = 3, why = "Stateless hash-based signatures." },
        { "Formerly SPHINCS+", bin = 3, why = "SPHINCS+ became SLH-DSA." },
      },
      explain = "One KEM for key establishment (ML-KEM) and two signature schemes: lattice-based ML-DSA, and SLH-DSA, which rests only on hash functions.",
    },
    crypto_rand_3 = {
      kind = "fill", skill = "secure_random", language = "python",
      prompt = "Make the token for a password-reset link, and check the one a user sends back.",
      code = [[
import secrets

token = secrets.{1}(32)
save_reset(user, token, expires_in=900)

def check(sent: str, saved: str) -> bool:
    return secrets.{2}(sent, saved)
]],
      blanks = {
        { options = { "token_urlsafe", "token_bytes", "randbelow" }, answer = 1,
          why = { "32 random bytes as URL-safe text, ready for a link.",
                  "Secure too, but raw bytes do not fit in a URL.",
                  "randbelow(32) is one number below 32: five bits of secret." } },
        { options = { "compare_digest", "choice" }, answer = 1,
          why = { "Constant-time comparison, so timing reveals nothing.",
                  "choice() picks an element; it compares nothing." } },
      },
      explain = "secrets draws from the OS's secure generator; token_urlsafe(32) is about 43 characters. Store the token (ideally hashed) with an expiry, and compare in constant time.",
    },
    crypto_pk_3 = {
      kind = "fill", skill = "public_key", language = "python",
      prompt = "You and Bo agree a shared key over an open network with X25519, then derive an AES key from it.",
      code = [[
from cryptography.hazmat.primitives.asymmetric \
    import x25519

ours = x25519.X25519PrivateKey.generate()
send_to_bo(ours.public_key())
shared = ours.{1}(bo_public_key)
kdf = HKDF(algorithm=hashes.SHA256(), length=32,
           salt=None, info=b"chat v1")
aes_key = kdf.derive(shared)
]],
      blanks = {
        { options = { "exchange", "sign", "decrypt" }, answer = 1,
          why = { "exchange() combines our private key with Bo's public key: Bo gets the same secret from his side.",
                  "X25519 keys agree keys; they do not sign (that is Ed25519).",
                  "Nothing was encrypted: the shared secret is computed, never sent." } },
      },
      explain = "Diffie-Hellman lets two strangers agree a secret that an eavesdropper cannot compute. Run the raw secret through a KDF such as HKDF before using it as a key.",
    },
    crypto_sig_3 = {
      kind = "sort", skill = "digital_signatures",
      prompt = "A release verifies against the vendor's Ed25519 public key. What does that prove?",
      bins = { "Proven", "Not proven" },
      items = {
        { "Not one byte changed since it was signed", bin = 1, why = "Any change makes verify() raise InvalidSignature." },
        { "Someone holding the vendor's private key signed it", bin = 1, why = "Only that key makes signatures this public key accepts." },
        { "The release contains no malware", bin = 2, why = "A signature vouches for origin, not for what the signer built." },
        { "Nobody else can read the release", bin = 2, why = "Signing hides nothing: it is not encryption." },
        { "The vendor's key was never stolen", bin = 2, why = "A thief's signature verifies just the same: hence revocation." },
      },
      explain = "A signature proves integrity and origin: the data is as the key holder signed it. Whether that key holder is trustworthy is what certificates and revocation are for.",
    },
    crypto_sym_3 = {
      kind = "choice", skill = "symmetric_encryption",
      prompt = "HTTPS uses public-key cryptography in its handshake. Why is the page itself then encrypted with a symmetric cipher such as AES-GCM?",
      choices = {
        { "Symmetric ciphers are far faster, and the handshake has just agreed a shared key", right = true,
          why = "Public keys solve sharing the key; AES (often in hardware) does the bulk work." },
        { "Public-key encryption cannot encrypt text",
          why = "It can encrypt small data, but it is slow and limited in size." },
        { "Symmetric keys never need to be kept secret",
          why = "They must be secret: anyone with the key can decrypt." },
      },
      explain = "Hybrid encryption: public-key algorithms agree or wrap a key, a symmetric AEAD encrypts the data. TLS, PGP and envelope encryption all work this way.",
    },
    crypto_aead_3 = {
      kind = "fill", skill = "aead", language = "python",
      prompt = "Seal a record body with ChaCha20-Poly1305, bound to its record id, which travels in clear.",
      code = [[
import os
from cryptography.hazmat.primitives.ciphers import aead

box = aead.ChaCha20Poly1305(key)
nonce = os.urandom({1})
ct = box.encrypt(nonce, body, {2})
]],
      blanks = {
        { options = { "12", "16", "8" }, answer = 1,
          why = { "ChaCha20-Poly1305 takes a 12-byte nonce, like AES-GCM.",
                  "16 bytes raises ValueError: Nonce must be 12 bytes.",
                  "8 bytes raises ValueError too, and random 64-bit nonces collide sooner." } },
        { options = { "record_id", "None", "key" }, answer = 1,
          why = { "Associated data: not encrypted, but any change makes decrypt fail.",
                  "Nothing would stop someone pasting this body under another record id.",
                  "Never put the key in the message: associated data is sent in clear." } },
      },
      explain = "AEADs authenticate the associated data with the ciphertext: the receiver passes the same record id to decrypt(), and a swapped id raises InvalidTag.",
    },
    crypto_lib_3 = {
      kind = "order", skill = "cryptography_lib",
      prompt = "Encrypt session blobs with Fernet from the cryptography package. Put the steps in order.",
      items = {
        { "key = Fernet.generate_key(), once", why = "32 random bytes, url-safe base64: both halves of Fernet's key." },
        { "Store the key in the secret manager, not the code", why = "Whoever has the key reads every token." },
        { "f = Fernet(key) when the app starts", why = "Load it from the secret manager." },
        { "token = f.encrypt(blob)", why = "A fresh IV, AES-128-CBC, HMAC-SHA256 and a timestamp." },
        { "blob = f.decrypt(token, ttl=3600)", why = "Checks the HMAC first, and refuses tokens older than an hour." },
      },
      explain = "Fernet does the choices for you. To rotate, MultiFernet([new, old]) decrypts with either key and rotate() re-encrypts under the new one.",
    },
    crypto_hmac_2 = {
      kind = "choice", skill = "hmac", scenario = true,
      prompt = "A partner calls your webhook, and you both hold one shared secret. How do you make sure a call really came from them?",
      choices = {
        { "They send HMAC-SHA256 of the raw body under the secret; you recompute and compare", right = true,
          why = "Only a holder of the secret can make a tag that matches this exact body." },
        { "They send SHA-256 of the body",
          why = "Anyone can hash a forged body: a hash has no key." },
        { "They put the shared secret in a header",
          why = "The secret then sits in every request, proxy log and trace, and a captured one works for any body." },
        { "You accept calls from their IP range only",
          why = "Addresses change and can be shared; it proves nothing about the body." },
      },
      explain = "An HMAC is a keyed hash: integrity and origin for parties who share a key. Add a timestamp to the signed data and reject old ones, so a captured call cannot be replayed.",
    },
    crypto_hmac_3 = {
      kind = "fill", skill = "hmac", language = "python",
      prompt = "Check a request's tag: HMAC-SHA256 of the raw body, compared safely.",
      code = [[
import hashlib
import hmac

mac = hmac.new(secret, raw_body, hashlib.{1})
if not hmac.{2}(mac.hexdigest(), tag):
    abort(401)
]],
      blanks = {
        { options = { "sha256", "md5" }, answer = 1,
          why = { "HMAC-SHA256 is what the partner computes, and the usual choice.",
                  "HMAC-MD5 is not known broken as a MAC, but nobody should pick MD5 for new code." } },
        { options = { "compare_digest", "new", "digest" }, answer = 1,
          why = { "Constant-time comparison: no timing leak about the right tag.",
                  "new() starts another HMAC; it compares nothing.",
                  "hmac.digest() computes a tag in one call; it does not compare." } },
      },
      explain = "hmac.new(key, msg, digestmod) needs the digest named; compare tags with hmac.compare_digest, never ==.",
    },
    crypto_pw_3 = {
      kind = "choice", skill = "password_hashing", scenario = true,
      prompt = "An old table holds unsalted SHA-1 hashes of 2 million passwords, and many users never log in. How do you upgrade it?",
      choices = {
        { "Now: store Argon2id of each SHA-1 hash; at each login, replace it with Argon2id of the password", right = true,
          why = "Every row is protected today, and rows become plain Argon2id as users return." },
        { "Rehash each password with Argon2id when its user next logs in",
          why = "Users who never return keep a fast, unsalted SHA-1 in the table for ever." },
        { "Add a salt column and switch to salted SHA-256",
          why = "Still a fast hash: a GPU tries billions of guesses a second." },
        { "Decrypt the hashes and rehash the passwords",
          why = "A hash cannot be decrypted: that is the point of it." },
      },
      explain = "Wrap the old hashes at once (Argon2id over SHA-1), mark them, and upgrade each to a plain Argon2id hash at the user's next login.",
    },
  },
}
