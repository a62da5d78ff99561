-- Level tests for 05_key_ceremony.lua: run with `skillquest --test levels/cryptography/`.

local function solve_all(t)
  t.advance()
  while t.exercise() do
    local id = t.exercise().id
    t.expect(t.solve(), "answered right: " .. id)
    t.advance()
  end
end

local function use(t, target)
  t.walk_to(target); t.press("confirm"); solve_all(t)
end

local function carry(t, key, lock)
  t.walk_to(key); t.press("confirm")
  t.walk_to(lock); t.press("confirm")
end

local function start(t)
  t.load("05_key_ceremony.lua")
  for _, s in ipairs({ "python", "hashing", "hmac", "symmetric_encryption", "aead", "public_key", "tls" }) do
    t.grant(s)
  end
  t.advance()
end

local function study(t)
  start(t)
  use(t, "Amara"); use(t, "Kenji")
  t.walk_to("key management orb"); t.advance(); use(t, "key inventory")
  t.walk_to("post-quantum orb"); t.advance(); use(t, "quantum brief")
end

test("a wrong answer is explained and leaves post-quantum being learned", function(t)
  start(t)
  t.walk_to("post-quantum orb"); t.advance()
  t.expect(t.learning("post_quantum"), "post-quantum taught")
  t.walk_to("quantum brief"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().kind == "sort", "which algorithms Shor breaks")
  t.expect(not t.solve(false), "sorted wrong on purpose")
  t.expect(t.learning("post_quantum") and not t.has_skill("post_quantum"), "still learning")
  t.expect(t.error() == nil, "no script errors")
end)

test("the board refuses RSA-4096 and Ed25519 for the quantum decisions", function(t)
  study(t)
  carry(t, "option RSA-4096", "lock kex")
  t.expect(t.toast() and t.toast():find("Shor"), "bigger RSA does not help")
  carry(t, "option Ed25519", "lock sign")
  t.expect(t.toast() and t.toast():find("2040"), "Ed25519 cannot sign until 2040")
  carry(t, "option ML-DSA", "lock kex")
  t.expect(t.toast() and t.toast():find("KEM"), "a signature scheme agrees no keys")
  t.expect(t.error() == nil, "no script errors")
end)

test("the design review can be played to the exit", function(t)
  study(t)
  use(t, "migration plan")
  t.expect(t.has_skill("key_management") and t.has_skill("post_quantum"), "both engineer skills held")
  carry(t, "option KMS", "lock master")
  carry(t, "option key ring", "lock rotate")
  carry(t, "option revoke", "lock leak")
  carry(t, "option hybrid", "lock kex")
  local xp = t.xp()
  carry(t, "option SLH-DSA", "lock sign")
  t.wait(30)
  t.expect(t.text() and t.text():find("Approved"), "Amara approves the design")
  t.advance()
  t.expect(t.xp() == xp + 40, "the approved design earns 40 XP")
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
