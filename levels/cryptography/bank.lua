-- levels/cryptography/bank.lua: review-only exercises of the Cryptography
-- quest. The review desks draw on them, and a terminal asks one in place of
-- a missed exercise. Facts: FACTS.md.
return {
  format = 1,
  quest = "cryptography",
  exercises = {
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
