-- levels/apis/03_gatehouse.lua: the APIs and Microservices quest, level 3.
-- The gatehouse in front of the orders service checks every caller's JSON
-- Web Token. The player sets the gateway's three checks by carrying a token
-- to each slot (signature, expiry, audience: the quest's mechanic,
-- lib/interchange.lua); then five callers arrive, among them a token with
-- alg none, an expired one, one minted for another API and one signed with
-- HS256 and the public key. Each is let in or turned away with 401, and
-- every forged one that gets through is a breach on the panel.
-- Play order: Elena -> the auth orb, the status sorter, the Flask cookie,
-- Elena's login question -> the JWT orb, the three checks and the callers
-- -> the decoder, the minting script, the ban request -> exit.
-- Facts (RFC 9110 401/403, RFC 8725, PyJWT docs, OAuth 2.1 draft, Flask
-- session run locally): FACTS.md.

local function ix()
  return sq.module("interchange")
end

-- The five callers, and whether each should be let in.
local CALLERS = {
  { text = "valid RS256", let_in = true },
  { text = "alg none", forged = "sig", let_in = false },
  { text = "expired", expired = true, let_in = false },
  { text = "aud billing-api", other_aud = true, let_in = false },
  { text = "HS256, public key", forged = "confusion", let_in = false },
}

-- Does the gateway, with these checks, let the caller in?
local function admits(c, checks)
  if c.forged then
    if checks.signature == "fixed" then return false end
    -- The header's alg, or no verification at all: the forger chooses.
  end
  if c.expired and checks.expiry ~= "on" then return true end
  if c.expired then return false end
  if c.other_aud and checks.audience ~= "on" then return true end
  if c.other_aud then return false end
  return true
end

local results = {}
local running = false
local run_id = 0
local asks = { Elena = { { "apis_auth_2", "api_auth" } } }
local taught = {}
local right = {}
local awarded = false -- the mechanic's XP, once

local function panel()
  local lines = {}
  local breaches = 0
  for i, c in ipairs(CALLERS) do
    local r = results[i]
    if r == nil then
      lines[#lines + 1] = "#" .. i .. " " .. c.text .. ": -"
    elseif r == c.let_in then
      lines[#lines + 1] = { "#" .. i .. " " .. c.text .. ": " .. (r and "in" or "401"), tone = "good" }
    else
      if r then breaches = breaches + 1 end
      lines[#lines + 1] = { "#" .. i .. " " .. c.text .. ": " .. (r and "IN!" or "401?"), tone = "bad" }
    end
  end
  local n, total = ix().count_filled()
  lines[#lines + 1] = "Checks set: " .. n .. " of " .. total
  lines[#lines + 1] = { "Breaches: " .. breaches, tone = breaches > 0 and "bad" or nil }
  sq.panel{ title = "Gateway: orders-api", table.unpack(lines) }
end

local function checks()
  return { signature = ix().value("signature"), expiry = ix().value("expiry"), audience = ix().value("audience") }
end

local WHY = {
  "the valid caller was turned away.",
  "alg none: no signature at all, and the gateway believed it.",
  "an expired token still opens the door.",
  "a token minted for billing-api works here too.",
  "HS256 with the public key as the secret: anyone has that key.",
}

local function finish()
  running = false
  for i, c in ipairs(CALLERS) do
    if results[i] ~= c.let_in then
      sq.say("Gateway log", "Caller #" .. i .. " (" .. c.text .. "): " .. WHY[i])
      return
    end
  end
  sq.goal("gate right")
  if not awarded then
    awarded = true
    sq.xp(30)
  end
  sq.say("Elena", "Four forgeries, four 401s, and the real caller in. Fix the algorithm on the server, "
    .. "and check exp and aud every time: a signature alone only says who wrote the token.")
end

local function run()
  run_id = run_id + 1
  local this = run_id
  running = true
  results = {}
  panel()
  local fns = {}
  for i, c in ipairs(CALLERS) do
    fns[#fns + 1] = function()
      ix().fly("callers", "gateway", function()
        if this ~= run_id then return end
        results[i] = admits(c, checks())
        panel()
        ix().fly("gateway", results[i] and "orders service" or "callers", nil, 10)
        if i == #CALLERS then sq.after(0.6, function() if this == run_id then finish() end end) end
      end, 9)
    end
  end
  ix().sequence(fns, 0.6)
end

return {
  format = 1,
  id = "apis.gatehouse",
  quest = "apis",
  title = "The Gatehouse",
  brief = "Every call to the orders service now passes the gatehouse, which checks the caller's token. "
    .. "Someone has been forging them. Talk to Elena first; {hint} gives a hint.",
  music = "apis_interchange",
  requires = { "rest_apis" },

  behaviours = {
    terminal = {
      sprite = "terminal", frames = 2, rate = 40, size = { 14, 12 }, offset = { -1, -4 }, solid = true,
      on_interact = function(self)
        if self.props.text then sq.say(self.props.speaker or "Sign", self.props.text) end
        sq.ask({ self.props.quiz, self.props.more })
      end,
    },
    check = {
      sprite = "token_chip_green", solid = true, size = { 12, 12 },
      on_spawn = function(self) ix().token_spawned(self) end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    checkslot = {
      sprite = "slot", solid = true,
      on_spawn = function(self) ix().slot_spawned(self) end,
      on_place = function(self, token) return ix().place(self, token) end,
      on_take = function(self, token) ix().take(self, token) end,
      on_interact = function(self) sq.say("Gateway: " .. self.props.slot, self.props.text) end,
    },
    room = {
      sprite = "server_rack", solid = true,
      on_spawn = function(self) ix().named(self); sq.set_label(self.id, self.props.label, true) end,
      on_interact = function(self) sq.say(self.name, self.props.text) end,
    },
    client = {
      sprite = "apis_turnstile", solid = true,
      on_spawn = function(self) ix().named(self); sq.set_label(self.id, "callers", true) end,
      on_interact = function(self)
        sq.say("Callers", "Five callers wait with their tokens: Authorization: Bearer eyJ...")
      end,
    },
    marker = { hidden = true },
    msg = { sprite = "message_orb", frames = 4, rate = 6, size = { 8, 8 }, offset = { -4, -6 } },
  },

  map = {
    theme = "apis",
    legend = {
      M = { type = "mentor", name = "Elena", dialogue = "elena", look = "elena", facing = "down" },
      V = { type = "review", name = "review desk" },
      C = { type = "client", name = "callers" },
      G = { type = "room", name = "gateway", label = "gateway",
            text = "Every request's Authorization header is checked here before it may reach a service." },
      O = { type = "room", name = "orders service", label = "orders service",
            text = "Behind the gateway. It trusts whatever the gateway lets in." },
      a = { type = "skill", name = "auth orb", skill = "api_auth" },
      j = { type = "skill", name = "jwt orb", skill = "jwt" },
      S = { type = "terminal", name = "status sorter", speaker = "Access log",
            text = "Some of today's refusals: which got 401 and which 403?",
            quiz = "apis_auth_1" },
      F = { type = "terminal", name = "flask app", speaker = "admin.py (Flask)",
            text = "The old admin page logs users in with Flask's default session: session[\"role\"] = \"admin\".",
            quiz = "apis_auth_3" },
      D = { type = "terminal", name = "decoder", speaker = "auth.py",
            text = "The gateway's token check, before today. Caller #2 got in with alg none.",
            quiz = "apis_jwt_1" },
      N = { type = "terminal", name = "minting script", speaker = "issue_token.py",
            text = "The login service mints access tokens, signed with the private key.",
            quiz = "apis_jwt_2" },
      B = { type = "terminal", name = "ban request", speaker = "Support ticket",
            text = "A banned user could still place orders for hours after the ban.",
            quiz = "apis_jwt_3" },
      ["1"] = { type = "checkslot", name = "signature check", slot = "signature", label = "signature",
                text = "How the token's signature is verified, and with which algorithms." },
      ["2"] = { type = "checkslot", name = "expiry check", slot = "expiry", label = "expiry",
                text = "What happens with the exp claim: the time after which the token is void." },
      ["3"] = { type = "checkslot", name = "audience check", slot = "audience", label = "audience",
                text = "What happens with the aud claim: which API the token was minted for." },
      b = { type = "check", name = "fixed algorithms", check = "signature", value = "fixed",
            label = "algorithms=\n[\"RS256\"]", shown = "RS256 only" },
      c = { type = "check", name = "header alg", check = "signature", value = "header",
            label = "alg from\nthe header", shown = "token's alg" },
      d = { type = "check", name = "no verify", check = "signature", value = "none",
            label = "decode, no\nverifying", shown = "not verified" },
      e = { type = "check", name = "check exp", check = "expiry", value = "on",
            label = "check exp", shown = "exp checked" },
      f = { type = "check", name = "skip exp", check = "expiry", value = "off",
            label = "skip exp", shown = "exp skipped" },
      g = { type = "check", name = "check aud", check = "audience", value = "on",
            label = "audience=\n\"orders-api\"", shown = "orders-api" },
      h = { type = "check", name = "any aud", check = "audience", value = "off",
            label = "any aud", shown = "any audience" },
      Z = { type = "marker", name = "gate right" },
      q = { type = "prop", sprite = "apis_departure_board" },
      k = { type = "prop", sprite = "apis_counter" },
      u = { type = "prop", sprite = "apis_tube" },
    },
    rows = {
      "####################E###################",
      "#q..S.....F..........D.....N.....B....q#",
      "#......................................#",
      "#.........M..............j.............#",
      "#....a.................................#",
      "#......................................#",
      "#..C.......1.....2.....3.....G.....O...#",
      "#......................................#",
      "#......................................#",
      "#Z..b.....c.....d......................#",
      "#......................................#",
      "#......................................#",
      "#...e.....f.....g.....h................#",
      "#......................................#",
      "#u.@...............k.k.............V..u#",
      "########################################",
    },
  },

  dialogue = {
    elena = {
      { "Elena Petrova, security engineer", "Hello. Someone placed orders as 'admin' last night, with a "
        .. "token we never issued. The gatehouse let them in." },
      "Authentication asks who is calling; without valid credentials the answer is 401. Authorisation "
        .. "asks what they may do; a known caller who may not is 403.",
      "Our callers send JSON Web Tokens. Set the gateway's three checks: signature, expiry, audience. "
        .. "Then five callers come, and only one of them is honest.",
      "The auth orb is by me, the JWT orb to the east. Take the auth orb and come back: I have a "
        .. "question about logins.",
    },
  },

  exercises = {
    apis_auth_1 = {
      kind = "sort", skill = "api_auth",
      prompt = "Which status should the API answer each of these with?",
      bins = { "401 Unauthorized", "403 Forbidden" },
      items = {
        { "No Authorization header at all", bin = 1, why = "No credentials: we do not know who you are." },
        { "A token that expired an hour ago", bin = 1, why = "Invalid credentials are no credentials: 401." },
        { "An API key that was revoked", bin = 1, why = "The key no longer identifies anyone." },
        { "A valid token of a user without the admin role", bin = 2, why = "Known, and not allowed: 403." },
        { "A partner's valid key on an endpoint its plan excludes", bin = 2, why = "Identified, but not permitted." },
        { "A signature that does not verify", bin = 1, why = "A forged token proves nothing about who calls." },
      },
      explain = "401 means authenticate (again), and must carry a WWW-Authenticate header. 403 means the "
        .. "server knows who you are and refuses; logging in again will not help.",
    },
    apis_auth_2 = {
      kind = "choice", skill = "api_auth", scenario = true,
      prompt = "A single-page web app must let users sign in with their Google account and then call your API. Which flow?",
      choices = {
        { "OAuth authorization code flow with PKCE", right = true,
          why = "The code is useless without the verifier only the app holds; OAuth 2.1 requires PKCE." },
        { "The implicit flow: the token comes back in the URL fragment",
          why = "Tokens leak through history and referrers; OAuth 2.1 drops the implicit grant." },
        { "The app asks for the Google password and sends it to Google",
          why = "The password grant gives the app the password; OAuth 2.1 drops it too." },
        { "A client secret kept in the JavaScript bundle",
          why = "Anything shipped to a browser is public: a browser app cannot keep a secret." },
      },
      explain = "OAuth 2.1 (still an IETF draft) folds today's best practice into one spec: authorization "
        .. "code with PKCE for every client, exact redirect URIs, no implicit or password grants.",
    },
    apis_auth_3 = {
      kind = "choice", skill = "api_auth",
      prompt = "A Flask app keeps session[\"role\"] = \"admin\" in its default session. A user base64-decodes their session cookie. What can they do?",
      choices = {
        { "Read the role, but not change it without the app's SECRET_KEY", right = true,
          why = "Flask's default session is a cookie signed with itsdangerous: readable, tamper-evident." },
        { "Nothing: Flask encrypts the session cookie",
          why = "It is signed, not encrypted: the JSON is right there in base64." },
        { "Set role to admin and be admin",
          why = "The signature would no longer match, and Flask discards the session." },
        { "Nothing: the session data stays on the server",
          why = "That is a server-side session (Flask-Session, say); the default keeps the data in the cookie." },
      },
      explain = "Never put secrets in Flask's default session, and keep SECRET_KEY secret: whoever has it "
        .. "can sign any session they like.",
    },
    apis_jwt_1 = {
      kind = "code", skill = "jwt", language = "python",
      prompt = "A token with alg none, or HS256 signed with the public key, got past this check. Which line lets it?",
      code = [==[
import jwt

PUBLIC_KEY = open("auth_pub.pem").read()

def current_user(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    claims = jwt.decode(
        token,
        PUBLIC_KEY,
        algorithms=[header["alg"]],
        audience="orders-api",
    )
    return claims
]==],
      answer = 10,
      why = {
        [10] = "The forger picks the algorithm: pin it on the server, algorithms=[\"RS256\"].",
        [6] = "Reading the header is fine (a key id, say); trusting its alg is not.",
        [11] = "Checking the audience is right: this token must be meant for us.",
      },
      explain = "PyJWT's docs warn: never compute algorithms from the token itself (RFC 8725, section 2.1). "
        .. "Hard-code the list, and never mix HS* and RS* for one key.",
    },
    apis_jwt_2 = {
      kind = "fill", skill = "jwt", language = "python",
      prompt = "Mint a short-lived access token, then check one as the orders API.",
      code = [==[
token = jwt.encode(
    {"sub": "42", "aud": "orders-api",
     "exp": now + timedelta(minutes=15),
     {1}},
    PRIVATE_KEY, algorithm="RS256")

claims = jwt.decode(token, PUBLIC_KEY,
                    algorithms=[{2}],
                    audience="orders-api")
]==],
      blanks = {
        { options = { "\"role\": \"reader\"", "\"password\": pw", "\"card\": card_no" }, answer = 1,
          why = { "A claim the API needs, and harmless if read.",
                  "Anyone holding the token can base64-decode the payload: never a secret.",
                  "The payload is encoded, not encrypted: no card numbers, ever." } },
        { options = { "\"RS256\"", "\"none\"", "\"HS256\"" }, answer = 1,
          why = { "The one algorithm the issuer signs with, fixed on the server.",
                  "none means no signature: anyone can write any claims.",
                  "HS256 would treat the public key as a shared secret: anyone could sign." } },
      },
      explain = "A JWT's payload is only base64url-encoded. Keep it to claims such as sub, aud, exp and a role, "
        .. "keep exp short, and verify with a fixed algorithm, the audience and the expiry.",
    },
    apis_jwt_3 = {
      kind = "choice", skill = "jwt", scenario = true,
      prompt = "A banned user kept ordering for hours: the API accepts JWTs valid for 24 hours without a lookup. What would you change?",
      choices = {
        { "15-minute access tokens, and refresh tokens checked against the user store", right = true,
          why = "A ban takes effect at the next refresh, minutes away, with few lookups." },
        { "Add \"banned\": false to the token's claims",
          why = "The claim is frozen when minted: the old token still says false." },
        { "Tokens valid for 30 days, so users are rarely asked to log in",
          why = "Longer tokens make a stolen or banned one work even longer." },
      },
      explain = "A JWT is checked without a database, so it cannot be revoked early on its own. Keep access "
        .. "tokens short and make revocation happen where tokens are refreshed (or keep a deny list).",
    },
  },

  hints = {
    "Elena stands in the north hall: walk next to her and press {confirm}.",
    "Carry one check to each gateway slot: signature, expiry, audience. Then the callers come.",
    "Pin the algorithm on the server, and check both exp and aud: each forged caller tests one.",
    "The decoder, the minting script and the ban request are on the north wall.",
  },

  goals = {
    { talk = "Elena", text = "Talk to Elena",
      hint = "Elena stands in the north hall: press {confirm} next to her." },
    { collect = "api_auth", text = "Hold API authentication",
      hint = "Take the auth orb near Elena, then use the status sorter or the Flask app." },
    { collect = "jwt", text = "Hold JSON Web Tokens",
      hint = "Take the JWT orb, then use the decoder or the minting script." },
    { reach = "gate right", text = "Let in only the honest caller",
      hint = "Signature: RS256 only. Expiry: checked. Audience: orders-api." },
    { answer = "apis_jwt_1", text = "Find how alg none got in",
      hint = "The decoder on the north wall: where does the algorithm come from?" },
  },

  grants = { xp = 70 },

  on_start = function()
    ix().setup{
      accept = function(slot, chip)
        if chip.check ~= slot.key then
          return false, "That check belongs in the " .. chip.check .. " slot."
        end
        if running then return false, "Wait: the callers are still coming in." end
        return true
      end,
      placed = function()
        panel()
        if ix().filled() then sq.after(0.5, run) end
      end,
      taken = function()
        run_id = run_id + 1
        running = false
        results = {}
        panel()
      end,
    }
    panel()
  end,

  on_update = function(dt)
    ix().update(dt)
  end,

  on_collect = function(skill)
    taught[skill] = true
    sq.xp(10)
  end,

  on_interact = function(e)
    local list = {}
    for _, a in ipairs(asks[e.name] or {}) do
      if not right[a[1]] and (taught[a[2]] or sq.has_skill(a[2])) then list[#list + 1] = a[1] end
    end
    if #list > 0 then sq.ask(list) end
  end,

  on_answer = function(id, correct)
    if correct and not right[id] then
      right[id] = true
      sq.xp(10)
    end
  end,
}
