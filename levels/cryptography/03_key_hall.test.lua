-- Level tests for 03_key_hall.lua: run with `skillquest --test levels/cryptography/`.

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
  t.load("03_key_hall.lua")
  t.grant("python"); t.grant("hashing"); t.grant("symmetric_encryption")
  t.advance()
end

local function study(t)
  start(t)
  use(t, "Sione")
  t.walk_to("public key orb"); t.advance(); use(t, "key desk")
  t.walk_to("signature orb"); t.advance(); use(t, "release signer")
  use(t, "Leila")
  t.walk_to("tls orb"); t.advance(); use(t, "handshake board")
end

test("a wrong answer is explained and leaves TLS being learned", function(t)
  start(t)
  t.walk_to("public key orb"); t.advance(); use(t, "key desk")
  t.walk_to("tls orb"); t.advance()
  t.expect(t.learning("tls"), "TLS taught")
  t.walk_to("rates client"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().kind == "code", "the rates client")
  t.expect(not t.solve(false), "the URL line, not verify=False: wrong on purpose")
  t.expect(t.learning("tls") and not t.has_skill("tls"), "still learning TLS")
  t.expect(t.error() == nil, "no script errors")
end)

test("the locks refuse a leaked key and a misnamed certificate", function(t)
  study(t)
  carry(t, "Bo's leaked key", "lock to Bo")
  t.expect(t.toast() and t.toast():find("revoked"), "a leaked private key is never used")
  carry(t, "cert www", "lock tls")
  t.expect(t.toast() and t.toast():find("api.campus.dev"), "the name must match")
  t.expect(t.error() == nil, "no script errors")
end)

test("the whole level can be played to the exit", function(t)
  study(t)
  use(t, "rates client")
  carry(t, "Bo's public key", "lock to Bo")
  carry(t, "our private key", "lock sign")
  carry(t, "Ana's public key", "lock verify")
  local xp = t.xp()
  carry(t, "cert api.campus.dev", "lock tls")
  t.wait(30)
  t.expect(t.text() and t.text():find("All four"), "Sione: all four open")
  t.advance()
  t.expect(t.xp() == xp + 30, "the hall earns 30 XP")
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
