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
  card = "Store passwords with a slow, salted password hashing function such as Argon2, bcrypt or scrypt, never in plain text or with a fast hash alone. A unique salt per password and a high cost factor make stolen hashes expensive to crack.",
}

skill{
  id = "secure_random", name = "Secure randomness", field = "cryptography", side = "developer",
  requires = { "python" },
  card = "Tokens, keys and password reset links need unpredictable random values. In Python use the secrets module or os.urandom, not the random module, whose output can be predicted.",
}

skill{
  id = "aead", name = "Authenticated encryption", field = "cryptography", side = "developer",
  requires = { "symmetric_encryption", "hmac" },
  card = "Authenticated encryption, such as AES-GCM or ChaCha20-Poly1305, encrypts data and also detects any tampering with it. Use a library's AEAD mode rather than combining a cipher and a MAC yourself, and never reuse a nonce with the same key.",
}

skill{
  id = "tls", name = "TLS and HTTPS", field = "cryptography", side = "developer",
  requires = { "public_key", "http" },
  optional = { "digital_signatures" },
  card = "TLS encrypts and authenticates network connections, and HTTPS is HTTP over TLS. The server proves its identity with a certificate signed by a trusted authority, and free certificates from Let's Encrypt helped make HTTPS the norm.",
}

skill{
  id = "cryptography_lib", name = "cryptography (Python)", field = "cryptography", side = "developer",
  requires = { "python", "symmetric_encryption" },
  optional = { "aead" },
  card = "cryptography is a widely used, maintained Python package from the Python Cryptographic Authority (PyCA). Its high-level recipes, such as Fernet for encrypting tokens, are hard to misuse; low-level primitives live in a 'hazmat' module named as a warning.",
}

skill{
  id = "pycryptodome", name = "PyCryptodome", field = "cryptography", side = "developer",
  requires = { "python", "symmetric_encryption" },
  optional = { "pycrypto" },
  card = "PyCryptodome is the maintained fork of the old PyCrypto library, with ciphers such as AES and ChaCha20, hashes and public-key algorithms. It installs as the Crypto package, a near drop-in replacement, or as Cryptodome via pycryptodomex.",
}

skill{
  id = "key_management", name = "Key management", field = "cryptography", side = "engineer",
  requires = { "public_key", "secrets_management" },
  card = "Encryption is only as safe as its keys. Key management covers generating, storing, rotating and revoking keys, often with a cloud key management service or a hardware security module, so that one leak does not expose everything.",
}

skill{
  id = "post_quantum", name = "Post-quantum crypto", field = "cryptography", side = "engineer",
  requires = { "public_key" },
  optional = { "shor" },
  card = "A large quantum computer could break RSA and elliptic-curve cryptography with Shor's algorithm. NIST published its first post-quantum standards in 2024, such as ML-KEM for key establishment, and long-lived systems need years to migrate.",
}

return skills
