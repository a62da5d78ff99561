-- scripts/skills/cryptography.lua: the skills of Cryptography.
-- The format of a skill card is in scripts/README.md.

local skills = {}
local function skill(t) skills[t.id] = t end

skill{
  id = "hashing", name = "Hash functions", field = "cryptography", side = "developer",
  requires = {},
  card = "A cryptographic hash such as SHA-256 turns any data into a fixed-size fingerprint, and changing a single bit gives an unrelated-looking hash. Hashes check integrity, but they are not encryption: the data cannot be recovered from them.",
}

skill{
  id = "symmetric_encryption", name = "Symmetric encryption", field = "cryptography", side = "developer",
  requires = {},
  card = "Symmetric encryption uses one secret key both to encrypt and to decrypt, as AES does. It is fast enough for bulk data, but both sides need the same key, which must be shared safely.",
}

skill{
  id = "public_key", name = "Public-key crypto", field = "cryptography", side = "developer",
  requires = { "symmetric_encryption" },
  card = "Public-key cryptography uses a key pair: a public key anyone may have and a private key kept secret. It lets strangers agree on shared keys and verify signatures; RSA and elliptic-curve algorithms are common.",
}

skill{
  id = "digital_signatures", name = "Digital signatures", field = "cryptography", side = "developer",
  requires = { "public_key", "hashing" },
  card = "A digital signature, made with a private key, shows who signed some data and that it was not changed; anyone with the public key can check it. TLS certificates, signed software updates and some JWTs rely on signatures.",
}

skill{
  id = "hmac", name = "HMAC", field = "cryptography", side = "developer",
  requires = { "hashing" },
  card = "An HMAC combines a secret key with a hash function to make a tag proving a message came from someone holding the key and was not altered. Webhooks and many API request-signing schemes use HMAC-SHA256.",
}

skill{
  id = "password_hashing", name = "Password hashing", field = "cryptography", side = "developer",
  requires = { "hashing" },
  card = "Store passwords with a slow, salted password hash: Argon2id first (argon2-cffi's PasswordHasher), else scrypt or bcrypt. Never plain text, never a fast hash such as SHA-256 or MD5, which GPUs try billions of times a second. A salt per password and a tuned cost make cracking expensive.",
}

skill{
  id = "secure_random", name = "Secure randomness", field = "cryptography", side = "developer",
  requires = { "python" },
  card = "Tokens, keys and password reset links need unpredictable random values. In Python use the secrets module or os.urandom, not the random module, whose output can be predicted.",
}

skill{
  id = "aead", name = "Authenticated encryption", field = "cryptography", side = "developer",
  requires = { "symmetric_encryption", "hmac" },
  card = "Authenticated encryption (AEAD) such as AES-GCM or ChaCha20-Poly1305 encrypts data and detects tampering, also of associated data sent in clear. Never reuse a nonce with one key: two ciphertexts then XOR to the XOR of their plaintexts, and GCM's tags can be forged.",
}

skill{
  id = "tls", name = "TLS and HTTPS", field = "cryptography", side = "developer",
  requires = { "public_key" },
  optional = { "digital_signatures", "http" },
  card = "TLS encrypts and authenticates connections; HTTPS is HTTP over TLS. The server proves who it is with a certificate chain ending at a root the client trusts. TLS 1.3 agrees a fresh key per connection, and browsers and OpenSSL 3.5 now add post-quantum ML-KEM to it (X25519MLKEM768).",
}

skill{
  id = "cryptography_lib", name = "cryptography (Python)", field = "cryptography", side = "developer",
  requires = { "python", "symmetric_encryption" },
  optional = { "aead" },
  card = "cryptography is the maintained Python package of the Python Cryptographic Authority (PyCA). Recipes such as Fernet (MultiFernet to rotate keys) are hard to misuse; primitives such as AESGCM(key).encrypt(nonce, data, aad) and Ed25519 live in 'hazmat' modules, named as a warning.",
}

skill{
  id = "pycryptodome", name = "PyCryptodome", field = "cryptography", side = "developer",
  requires = { "python", "symmetric_encryption" },
  optional = { "pycrypto" },
  card = "PyCryptodome is the maintained fork of PyCrypto, which has had no release since 2.6.1 (2013) and has an unfixed heap overflow (CVE-2013-7459). pip install pycryptodome is an almost drop-in Crypto package (pycryptodomex: Cryptodome) and adds modes such as AES.MODE_GCM.",
}

skill{
  id = "key_management", name = "Key management", field = "cryptography", side = "engineer",
  requires = { "public_key", "aead" },
  optional = { "secrets_management" },
  card = "Encryption is only as safe as its keys: generate, store, rotate and revoke them, often with a cloud KMS or an HSM. Envelope encryption wraps many data keys under one key that never leaves the KMS; a key ring reads old data while new data uses the new key.",
}

skill{
  id = "post_quantum", name = "Post-quantum crypto", field = "cryptography", side = "engineer",
  requires = { "public_key" },
  optional = { "shor" },
  card = "A large quantum computer could break RSA and elliptic curves (Shor's algorithm). NIST published FIPS 203 (ML-KEM), 204 (ML-DSA) and 205 (SLH-DSA) in August 2024. Traffic recorded today can be decrypted later, so key exchange moves first, as hybrids like X25519MLKEM768.",
}

return skills
