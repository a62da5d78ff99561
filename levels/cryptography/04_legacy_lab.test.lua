-- Level tests for 04_legacy_lab.lua: run with `skillquest --test levels/cryptography/`.

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
  t.load("04_legacy_lab.lua")
  for _, s in ipairs({ "python", "hashing", "hmac", "symmetric_encryption", "aead", "public_key" }) do
    t.grant(s)
  end
  t.advance()
end

local function study(t)
  start(t)
  use(t, "Tomasz"); use(t, "Rafael")
  t.walk_to("pycryptodome orb"); t.advance(); use(t, "audit report")
  t.walk_to("randomness orb"); t.advance(); use(t, "reset mailer")
end

test("a wrong answer is explained and leaves PyCryptodome being learned", function(t)
  start(t)
  t.walk_to("pycryptodome orb"); t.advance()
  t.walk_to("billing cipher"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().kind == "code", "the billing cipher")
  t.expect(not t.solve(false), "the IV line, not the mode: wrong on purpose")
  t.expect(t.learning("pycryptodome") and not t.has_skill("pycryptodome"), "still learning")
  t.expect(t.error() == nil, "no script errors")
end)

test("half-fixes are refused with their reason", function(t)
  study(t)
  carry(t, "key CBC", "lock ecb")
  t.expect(t.toast() and t.toast():find("MAC"), "CBC is refused for ECB: no integrity")
  carry(t, "key crypto", "lock package")
  t.expect(t.toast() and t.toast():find("GPG"), "the PyPI package 'crypto' is something else")
  t.expect(t.error() == nil, "no script errors")
end)

test("the whole level can be played to the exit", function(t)
  study(t)
  use(t, "new cipher"); use(t, "billing cipher")
  carry(t, "key pycryptodome", "lock package")
  carry(t, "key GCM", "lock ecb")
  carry(t, "key token_urlsafe", "lock token")
  carry(t, "key get_random_bytes", "lock iv")
  local xp = t.xp()
  carry(t, "key OAEP", "lock rsa")
  t.wait(30)
  t.expect(t.text() and t.text():find("audit passes"), "Tomasz: migrated")
  t.advance()
  t.expect(t.xp() == xp + 30, "the migration earns 30 XP")
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
