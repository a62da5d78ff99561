-- levels/cryptography/lib/nonce.lua: the radio room of level 2, where a
-- reused nonce visibly leaks a secret. Two sealers encrypt one message each
-- under the same key, with the nonce token placed on them. An eavesdropper's
-- screen (the panel) shows both ciphertexts, their XOR, and that XOR against
-- the message everyone knows (the public notice). With one nonce on both,
-- the keystreams cancel and the secret PIN appears on the screen; with two
-- different nonces the XOR is noise.
--
-- The cipher here is a toy with AES-GCM's shape (GCM encrypts by XORing the
-- message with a keystream made from the key and the nonce, CTR mode): the
-- keystream is a small mixing function of key, nonce and position, not AES.
-- What it shows is exact for the real thing: C1 xor C2 = P1 xor P2 whenever
-- key and nonce repeat.
local M = {}

local KEY = 0x5eed
local MESSAGES = {
  ["sealer 1"] = "PIN 4821 to door",   -- the secret
  ["sealer 2"] = "meet at the dock",   -- a public notice: Eve knows it
}

local S = { sealers = {}, safe = false, on_safe = nil, on_leak = nil, leaked = false }

-- One keystream byte from key, nonce and position (a toy mixer, not AES).
local function ks(nonce, i)
  local x = (KEY * 2654435761 + nonce * 40503 + i * 9176 + 12345) & 0xffffffff
  for _ = 1, 3 do
    x = (x ~ (x >> 13)) & 0xffffffff
    x = (x * 1103515245 + 12345) & 0xffffffff
  end
  return (x >> 16) & 0xff
end

local function encrypt(msg, nonce)
  local out = {}
  for i = 1, #msg do out[i] = msg:byte(i) ~ ks(nonce, i) end
  return out
end

local function hex(bytes, n)
  local parts = {}
  for i = 1, n do
    parts[#parts + 1] = string.format("%02x", bytes[i])
    if i % 2 == 0 and i < n then parts[#parts + 1] = " " end
  end
  return table.concat(parts)
end

local function printable(bytes)
  local s = {}
  for i = 1, #bytes do
    local b = bytes[i]
    s[i] = (b >= 32 and b < 127) and string.char(b) or "."
  end
  return table.concat(s)
end

function M.sealer_spawned(self)
  S.sealers[self.name] = { id = self.id, nonce = nil, label = self.props.label }
  sq.set_label(self.id, self.props.label, true)
end

function M.token_spawned(self)
  S.tokens = S.tokens or {}
  S.tokens[self.name] = { id = self.id, label = self.props.label, nonce = tonumber(self.props.nonce) }
  sq.set_label(self.id, self.props.label, true)
end

-- The intern's set-up: one hard-coded nonce token on each sealer.
function M.preset(pairs_)
  for sealer, token in pairs(pairs_) do
    local s, t = S.sealers[sealer], S.tokens[token]
    if s and t and sq.place(t.id, s.id) then
      s.nonce = t.nonce
      sq.set_sprite(s.id, "slot_lit")
      sq.set_label(s.id, s.label .. "\nnonce " .. t.label, true)
      sq.set_label(t.id, "", true)
    end
  end
  M.panel()
end

function M.config(cfg)
  S.on_safe, S.on_leak = cfg.on_safe, cfg.on_leak
end

-- What Eve's screen shows now.
function M.panel()
  local a, b = S.sealers["sealer 1"], S.sealers["sealer 2"]
  local lines = { title = "Eve's wiretap" }
  if not (a and b and a.nonce and b.nonce) then
    lines[#lines + 1] = "Waiting for two messages"
    lines[#lines + 1] = "C1: " .. (a and a.nonce and hex(encrypt(MESSAGES["sealer 1"], a.nonce), 6) or "-")
    lines[#lines + 1] = "C2: " .. (b and b.nonce and hex(encrypt(MESSAGES["sealer 2"], b.nonce), 6) or "-")
    sq.panel(lines)
    return
  end
  local c1 = encrypt(MESSAGES["sealer 1"], a.nonce)
  local c2 = encrypt(MESSAGES["sealer 2"], b.nonce)
  local known = MESSAGES["sealer 2"]
  local guess = {}
  for i = 1, #c1 do guess[i] = c1[i] ~ c2[i] ~ known:byte(i) end
  local leak = a.nonce == b.nonce
  lines[#lines + 1] = "C1: " .. hex(c1, 6) .. ".."
  lines[#lines + 1] = "C2: " .. hex(c2, 6) .. ".."
  lines[#lines + 1] = "C1^C2^'meet at the dock':"
  lines[#lines + 1] = "'" .. printable(guess) .. "'"
  lines[#lines + 1] = leak and { "Nonce reused: LEAKED", tone = "bad" }
    or { "Nonces differ: noise", tone = "good" }
  lines[#lines + 1] = leak and "GCM tags: forgeable" or "GCM tags: hold"
  sq.panel(lines)
  if leak and not S.leaked then
    S.leaked = true
    if S.on_leak then S.on_leak() end
  end
  if not leak and not S.safe then
    S.safe = true
    if S.on_safe then S.on_safe() end
  end
end

function M.place(slot, token)
  local s = S.sealers[slot.name]
  if not s then return false, "That is not a sealer." end
  local nonce = tonumber(token.props.nonce)
  if not nonce then return false, "A sealer takes a nonce: 12 bytes, new for every message." end
  s.nonce = nonce
  sq.set_sprite(slot.id, "slot_lit")
  sq.set_label(slot.id, s.label .. "\nnonce " .. token.props.label, true)
  sq.set_label(token.id, "", true)
  M.panel()
  return true
end

function M.take(slot, token)
  local s = S.sealers[slot.name]
  if not s then return end
  s.nonce = nil
  sq.set_sprite(slot.id, "slot")
  sq.set_label(slot.id, s.label, true)
  sq.set_label(token.id, token.props.label, true)
  M.panel()
end

function M.safe()
  return S.safe
end

-- For the tests and the FACTS: the XOR the screen shows, as text.
function M.recovered(n1, n2)
  local c1 = encrypt(MESSAGES["sealer 1"], n1)
  local c2 = encrypt(MESSAGES["sealer 2"], n2)
  local g = {}
  for i = 1, #c1 do g[i] = c1[i] ~ c2[i] ~ MESSAGES["sealer 2"]:byte(i) end
  return printable(g)
end

return M
