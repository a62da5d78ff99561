-- Level tests for 02_nonce_vault.lua: run with `skillquest --test levels/cryptography/`.

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

local function start(t)
  t.load("02_nonce_vault.lua")
  t.grant("python"); t.grant("hashing"); t.grant("hmac")
  t.advance()
end

-- Takes the token off a sealer, drops it, and puts another nonce there.
local function swap(t, sealer, fresh)
  t.walk_to(sealer); t.press("confirm")      -- the old nonce comes off, into the hands
  t.hold("left", 24)                         -- away from the sealer
  t.press("confirm")                         -- put it down in front of the player
  t.walk_to(fresh); t.press("confirm")
  t.walk_to(sealer); t.press("confirm")
end

test("the reused nonce leaks the PIN on the wiretap, and fresh nonces stop it", function(t)
  start(t)
  t.expect(t.label("sealer 1") == "msg 1: PIN\nnonce 00..01", "the intern's nonce sits on sealer 1")
  t.expect(t.label("sealer 2") == "msg 2: notice\nnonce 00..01", "and the same one on sealer 2")
  swap(t, "sealer 1", "random nonce X")
  t.expect(t.label("sealer 1") == "msg 1: PIN\nnonce urandom(12)", "a fresh nonce on sealer 1")
  t.wait(30)
  t.expect(t.text() and t.text():find("Noise"), "Ines: no leak any more")
  t.advance()
  t.expect(t.error() == nil, "no script errors")
end)

test("a wrong answer is explained and leaves AEAD being learned", function(t)
  start(t)
  t.walk_to("symmetric orb"); t.advance()
  use(t, "ECB report")
  t.expect(t.has_skill("symmetric_encryption"), "symmetric encryption held")
  t.walk_to("aead orb"); t.advance()
  t.expect(t.learning("aead"), "AEAD taught")
  t.walk_to("sealer code"); t.press("confirm"); t.advance()
  t.expect(t.exercise() and t.exercise().kind == "code", "the sealer's code")
  t.expect(not t.solve(false), "a wrong line, on purpose")
  t.expect(t.learning("aead") and not t.has_skill("aead"), "still learning AEAD")
  t.expect(t.error() == nil, "no script errors")
end)

test("the whole level can be played to the exit", function(t)
  start(t)
  use(t, "Tobi")
  use(t, "Ines")
  t.walk_to("symmetric orb"); t.advance()
  use(t, "ECB report"); use(t, "key shelf")
  t.walk_to("aead orb"); t.advance()
  use(t, "sealer code"); use(t, "Ines")
  t.walk_to("cryptography orb"); t.advance()
  use(t, "fixed sealer"); use(t, "Tobi")
  t.expect(t.has_skill("cryptography_lib"), "cryptography held")
  swap(t, "sealer 2", "random nonce Y")
  t.wait(30); t.advance()
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
