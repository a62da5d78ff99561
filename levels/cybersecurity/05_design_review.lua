-- levels/cybersecurity/05_design_review.lua: the Cybersecurity quest,
-- level 5, its design review. The player is the engineer now: Larkspur
-- rebuilds its shop, and Tobi wants the new design reviewed before a line
-- is written. A threat model (STRIDE at the trust boundaries), defence in
-- depth, logging that catches an attack, and secrets kept out of the code.
-- The red-team floor (lib/floor.lua) becomes the re-test: each door is an
-- attack path run against the new design, and each weakness proved opens
-- the next room. Grants the engineer-side skills Threat modelling and
-- Secrets management.
-- Play order: Tobi, the threat model orb, the STRIDE board, the whiteboard
-- -> gate -> the attack floor: Elena (defence in depth), the doors (/login is
-- the finding) -> secrets gate -> Mei, the secrets orb, the vault, door repo
-- (the finding) -> exit gate -> exit.
-- Facts (STRIDE, Shostack's four questions, Python logging levels, OWASP
-- A09:2025, secret rotation): FACTS.md.

local function floor()
  return sq.module("floor")
end

local asks = { Tobi = { "cy_tm_3" }, Elena = { "cy_tm_4" }, Mei = { "cy_sec_3" } }
local right = {}

return {
  format = 1,
  id = "cybersecurity.design_review",
  quest = "cybersecurity",
  title = "Design Review: the New Shop",
  brief = "You are the engineer now. Larkspur is rebuilding its shop: review the design before a "
    .. "line is written. Talk to Tobi first; {hint} gives a hint.",
  music = "cybersecurity_floor",
  requires = { "pentest_scope", "owasp_top10" },

  behaviours = {
    terminal = {
      sprite = "terminal", frames = 2, rate = 40, size = { 14, 12 }, offset = { -1, -4 }, solid = true,
      props = { quiz = "the exercise", more = "a second exercise", text = "what it shows",
                speaker = "who speaks" },
      on_interact = function(self)
        if self.props.text then sq.say(self.props.speaker or "Terminal", self.props.text) end
        sq.ask({ self.props.quiz, self.props.more }, self.name)
      end,
    },
    door = {
      sprite = "door_locked", solid = true,
      props = { host = "the host", port = "the entry point", state = "what the attack finds",
                scope = "in or out", note = "what the attack run shows", why = "why it is out of scope",
                finding = "the exercise that proves the finding", opens = "the area gate it opens",
                speaker = "who reports the run", tag = "the short name shown above it" },
      on_spawn = function(self) floor().door_spawn(self) end,
      on_interact = function(self) floor().probe(self) end,
    },
    area = {
      sprite = "gate_closed", solid = true,
      props = { text = "what it says while closed" },
      on_spawn = function(self) floor().area_spawn(self) end,
      on_interact = function(self) sq.say("Area gate", self.props.text) end,
    },
  },

  map = {
    theme = "security",
    legend = {
      M = { type = "mentor", name = "Tobi", dialogue = "tobi", look = "tobi", facing = "down" },
      Y = { type = "mentor", name = "Elena", dialogue = "elena", look = "elena", facing = "down" },
      V = { type = "mentor", name = "Mei", dialogue = "mei", look = "mei", facing = "down" },
      ["1"] = { type = "skill", name = "threat model orb", skill = "threat_modeling" },
      ["2"] = { type = "skill", name = "secrets orb", skill = "secrets_management" },
      T = { type = "terminal", name = "stride board", speaker = "STRIDE",
            text = "Spoofing, Tampering, Repudiation, Information disclosure, Denial of service, "
              .. "Elevation of privilege.", quiz = "cy_tm_1" },
      U = { type = "terminal", name = "whiteboard", speaker = "Whiteboard",
            text = "Browser -> CDN -> shop app -> orders API -> database. Payments go to the vendor.",
            quiz = "cy_tm_2" },
      X = { type = "terminal", name = "vault", speaker = "Secrets manager",
            text = "One place for every secret, with access rules, versions and an audit log.",
            quiz = "cy_sec_2" },
      S = { type = "sign", name = "scope placard", speaker = "Re-test scope (signed)", sprite = "security_placard",
            text = "IN: the new design's staging build and its repo. OUT: the payment vendor, staff "
              .. "laptops, anything in production." },
      s = { type = "sign", name = "review placard", speaker = "Review", sprite = "security_placard",
            text = "What are we working on? What can go wrong? What are we going to do about it? Did we "
              .. "do a good enough job?" },
      G = { type = "gate", name = "floor gate", requires = "threat_modeling" },
      H = { type = "area", name = "secrets gate",
            text = "Opens when a weakness on the attack floor is proved. Run the attack paths in scope." },
      Z = { type = "area", name = "exit gate",
            text = "Opens when the weakness in the secrets room is proved." },
      a = { type = "door", name = "door login", tile = "wall", tag = "/login", host = "new design",
            port = "/login", state = "unseen", scope = "in", speaker = "Attack run: credential stuffing",
            finding = "cy_log_1", opens = "secrets gate",
            note = "40,000 leaked email/password pairs tried from 900 addresses in an hour; 31 worked. "
              .. "The logs show nothing, and no alert fired. Find the line." },
      b = { type = "door", name = "door admin", tile = "wall", tag = "/admin", host = "new design",
            port = "/admin", state = "blocked", scope = "in", speaker = "Attack run: admin login",
            note = "Blocked twice: /admin answers only on the office VPN, and then asks for SSO with "
              .. "MFA. A stolen password alone gets nowhere. Two layers: nothing to report." },
      e = { type = "door", name = "door vendor", tile = "wall", tag = "vendor", host = "pay.vendor.example",
            scope = "out", state = "open",
            why = "The payment vendor is still out of scope. Its contract and its own audits cover it; "
              .. "your design decides only what Larkspur sends it." },
      f = { type = "door", name = "door repo", tile = "wall", tag = "repo", host = "larkspur/shop-next",
            port = "config.py", state = "1 secret", scope = "in", speaker = "Secret scan of the repo",
            finding = "cy_sec_1", opens = "exit gate",
            note = "The secret scanner found a live payments key in config.py, in a commit from last "
              .. "week. Everyone with the repo has it. Find the line." },
      h = { type = "door", name = "door laptop", tile = "wall", tag = "laptop", host = "a contractor's laptop",
            scope = "out", state = "?",
            why = "A contractor's own laptop is not Larkspur's to permit. Ask how keys reach it; do "
              .. "not probe it." },
      g = { type = "prop", tile = "wall", sprite = "lamp_green" },
      r = { type = "prop", tile = "wall", sprite = "lamp_red" },
      w = { type = "prop", sprite = "architect_whiteboard" },
      B = { type = "prop", sprite = "architect_blueprints" },
      k = { type = "prop", sprite = "security_monitors" },
      m = { type = "prop", sprite = "security_monitors" },
      q = { type = "prop", sprite = "security_beacon" },
      l = { type = "prop", sprite = "security_laptop_desk" },
    },
    rows = {
      "                                            ",
      "                                            ",
      "################a#g#b#g##er######f#g##hr#E##",
      "#............#,,,,,,,,,,.....#,,,,,,,....Z.#",
      "#..........P.#,,,,,,,,,,.....#,,,,,,,......#",
      "#.....@......#...............#.............#",
      "#.s..........#...............#.............#",
      "#............#............S..#.............#",
      "#..U.........#...............#..X..........#",
      "#............G...............H.............#",
      "#.........T..#...............#...........q.#",
      "#............#...............#.............#",
      "#.1..........#.....Y.........#....V........#",
      "#.....M......#...............#.........2...#",
      "#............#...............#.............#",
      "#.ww..B...k..#.RR.....q....m.#.l.....k.....#",
      "############################################",
    },
  },

  dialogue = {
    tobi = {
      { "Tobi Adeyemi, security architect", "Larkspur is rebuilding the shop, and this time we "
        .. "review the design before the code. You are the engineer on the review." },
      "A threat model asks four questions: what are we building, what can go wrong, what do we do "
        .. "about it, and did we do a good enough job. Draw the data flows, mark the trust boundaries.",
      "At each boundary, STRIDE lists what can go wrong. Then put more than one control on what "
        .. "matters: defence in depth. The orb is by the window. First, your call:",
    },
    elena = {
      { "Elena Marsh, CISO at Larkspur", "The attack floor: each door is an attack path, run against "
        .. "the new design's staging build. Same rules: scope first." },
      "A control you cannot see failing is a control you do not have. Logging that catches an "
        .. "attack is A09 in the 2025 list: log the failures, and alert on them.",
    },
    mei = {
      { "Mei Lin, DevOps engineer", "Secrets: database passwords, API keys, signing keys. They never "
        .. "go in the code. Git keeps every version forever, in every clone." },
      "They live in a secrets manager, the app reads them from its environment at start-up, each "
        .. "service sees only its own, and we rotate them. A leaked key is revoked first, then cleaned up.",
    },
  },

  exercises = {
    cy_tm_1 = {
      kind = "sort", skill = "threat_modeling",
      prompt = "Threats from the new shop's model. File each under its STRIDE letter.",
      bins = { "Spoofing", "Tampering", "Info disclosure", "Elevation" },
      items = {
        { "Logging in with a stolen session cookie", bin = 1, why = "Pretending to be someone else." },
        { "Editing the price in the checkout request", bin = 2, why = "Changing data the server trusts." },
        { "Stack traces show the database host", bin = 3, why = "Data reaches someone who should not see it." },
        { "Setting role=admin in the profile form", bin = 4, why = "Gaining rights the user was never given." },
        { "Staff login with a phished password", bin = 1, why = "Someone else's identity, again." },
        { "Alice reads invoice 1043", bin = 3, why = "Bob's data disclosed: the IDOR of the back office." },
      },
      explain = "STRIDE turns 'what can go wrong' into six questions to ask at every trust boundary. "
        .. "Each letter points to a kind of control: authentication, integrity, confidentiality, authorisation.",
    },
    cy_tm_2 = {
      kind = "order", skill = "threat_modeling",
      prompt = "Run the threat model of the new shop. Put the steps in order.",
      items = {
        { "Draw the data flows and mark the trust boundaries", why = "What are we working on?" },
        { "List threats at each boundary with STRIDE", why = "What can go wrong?" },
        { "Rank them by likelihood and impact", why = "You cannot fix everything first." },
        { "Choose controls for the top threats", why = "What are we going to do about it?" },
        { "Test the controls; revisit when the design changes", why = "Did we do a good enough job?" },
      },
      explain = "A threat model is the design's security to-do list, and it is never finished: it "
        .. "changes when the design does.",
    },
    cy_tm_3 = {
      kind = "choice", skill = "threat_modeling", scenario = true,
      prompt = "The new shop has one budget line for the login page. Credential stuffing is the top "
        .. "threat. Which design do you choose?",
      choices = {
        { "Rate limits, MFA for staff and on risky logins, a breached-password check, alerts on failure spikes",
          right = true, why = "Several layers: each stops some attacks, and the alerts tell you when they fail." },
        { "A longer password policy: 16 characters minimum",
          why = "Stuffing uses real leaked passwords, long ones too. One layer, aimed elsewhere." },
        { "A CAPTCHA on the login form, nothing else",
          why = "One layer; solving services and bots get past it, and nobody would know." },
        { "Hide the login page at a secret URL",
          why = "Obscurity is not a control: the URL leaks in the first browser history." },
      },
      explain = "Defence in depth: no single control is trusted to hold. Combine prevention, detection "
        .. "and response, so one failure is not a breach.",
    },
    cy_tm_4 = {
      kind = "choice", skill = "threat_modeling", scenario = true,
      prompt = "The orders API sits behind the shop app. Tobi proposes it trusts every request that "
        .. "comes from inside the network. What do you advise?",
      choices = {
        { "The API checks the user's token and rights on every call, network or not", right = true,
          why = "If the shop app is compromised, the API still refuses what the user may not do." },
        { "Agree: the firewall already keeps attackers out",
          why = "One layer; a single SSRF or compromised host inside makes every check vanish." },
        { "Move the API to the internet so it gets tested more",
          why = "More exposure is not more safety." },
        { "Log the requests, and check nothing",
          why = "Logs help you notice; they stop nothing on their own." },
      },
      explain = "A trust boundary inside the network is still a boundary. Check at each one, so the "
        .. "layers do not all depend on the outermost.",
    },
    cy_log_1 = {
      kind = "code", skill = "threat_modeling", language = "python",
      prompt = "40,000 failed logins in an hour, and the production logs (level INFO) show none. "
        .. "Which line hides the attack?",
      code = [==[
import logging
log = logging.getLogger("auth")

@app.post("/login")
def login():
    email = request.form["email"]
    user = db.session.scalar(
        db.select(User).filter_by(email=email))
    if not user or not user.check_password(
            request.form["password"]):
        log.debug("login failed for %s", email)
        return render_template("login.html"), 401
    login_user(user)
    log.info("login ok user=%s ip=%s",
             user.id, request.remote_addr)
    return redirect("/account")
]==],
      answer = 11,
      why = {
        [11] = "DEBUG is below INFO, so production drops every failure: log.warning with the IP, and alert on spikes.",
        [14] = "Logging successes with the user id and IP is right: it helps tell real logins from taken-over ones.",
        [9] = "Checking the password this way is fine; the failure just leaves no trace.",
      },
      explain = "Log security events (failures above all) at a level production keeps, with who, "
        .. "from where and when, never the password, and alert on patterns. OWASP calls this A09:2025.",
    },
    cy_sec_1 = {
      kind = "code", skill = "secrets_management", language = "python",
      prompt = "The secret scanner flags config.py of the new shop. Which line must go?",
      code = [==[
import os

DATABASE_URL = os.environ["DATABASE_URL"]
SECRET_KEY = os.environ["SECRET_KEY"]
PAYMENTS_API_KEY = "lk_live_4f9a1c77e2b04d0e9b1a"
SESSION_COOKIE_SECURE = True
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")
]==],
      answer = 5,
      why = {
        [5] = "A live key in the code is in every clone and in git history: revoke it, then read it from the environment.",
        [3] = "Read from the environment, which the secrets manager fills at deploy time: right.",
        [7] = "A log level is configuration, not a secret: a default in the code is fine.",
      },
      explain = "Rotate the leaked key first (it is already copied), then load it like the others. "
        .. "A secret scanner in CI and pre-commit stops the next one.",
    },
    cy_sec_2 = {
      kind = "sort", skill = "secrets_management",
      prompt = "The new shop's settings. Which go in the secrets manager, and which may live in git?",
      bins = { "Secrets manager", "In git" },
      items = {
        { "The database password", bin = 1, why = "Whoever has it reads every order." },
        { "The payments API key", bin = 1, why = "Whoever has it can charge or refund." },
        { "The session signing key", bin = 1, why = "Whoever has it can forge any login." },
        { "The TLS private key", bin = 1, why = "Whoever has it can pose as the shop." },
        { "LOG_LEVEL = INFO", bin = 2, why = "Changes nothing an attacker could use." },
        { "A feature flag: new_checkout = on", bin = 2, why = "Behaviour, not a credential." },
        { "The list of allowed hosts", bin = 2, why = "Public anyway: it is in every URL." },
      },
      explain = "Ask: what could someone do with it? Credentials and keys go in the secrets manager, "
        .. "with access rules and rotation; the rest is ordinary, reviewed configuration.",
    },
    cy_sec_3 = {
      kind = "choice", skill = "secrets_management", scenario = true,
      prompt = "Ten minutes ago a developer pushed the payments key to a public repo, then "
        .. "force-pushed it away. What do you do first?",
      choices = {
        { "Revoke the key at the provider and issue a new one, then check its logs for use", right = true,
          why = "Bots scan public pushes in seconds: assume it was copied, and make the copy worthless." },
        { "Nothing more: the force-push removed it",
          why = "Clones, forks and scanners already have it; rewriting history does not take it back." },
        { "Make the repository private",
          why = "Whoever copied it keeps it; only revoking the key helps." },
        { "Watch the provider's dashboard for odd charges",
          why = "Watching is not acting: revoke first, then look at what happened." },
      },
      explain = "A leaked secret is revoked and rotated, not hidden. Then find how it leaked and add "
        .. "secret scanning so it cannot happen the same way again.",
    },
  },

  hints = {
    "Tobi stands in the review room: walk next to him and press {confirm}.",
    "The floor gate opens once you hold Threat modelling: the orb, then an answer.",
    "Run the attack paths on the north wall with {confirm}. Red lamps are out of scope.",
    "/login hides the weakness: the attack left no trace.",
    "In the secrets room: Mei, the secrets orb, the vault, then the repo door.",
  },

  goals = {
    { talk = "Tobi", text = "Talk to Tobi",
      hint = "Tobi stands in the review room, {where:Tobi}." },
    { collect = "threat_modeling", text = "Hold Threat modelling",
      hint = "Take the threat model orb, then the STRIDE board or the whiteboard." },
    { answer = "cy_tm_4", text = "Advise Elena on the orders API",
      hint = "Elena stands on the attack floor." },
    { answer = "cy_log_1", text = "Make the attack on /login visible",
      hint = "Run the /login door on the attack floor." },
    { collect = "secrets_management", text = "Hold Secrets management",
      hint = "Through the secrets gate: the orb, then the vault or Mei." },
    { answer = "cy_sec_1", text = "Get the key out of the repo",
      hint = "Run the repo door in the secrets room." },
  },

  grants = { xp = 80 },

  on_start = function()
    floor().setup({ title = "Re-test: new design", scope = "staging + repo", findings = 2 })
  end,

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_interact = function(e)
    local list = {}
    for _, id in ipairs(asks[e.name] or {}) do
      if not right[id] then list[#list + 1] = id end
    end
    if #list > 0 then sq.ask(list, e.name) end
  end,

  on_answer = function(id, correct)
    if correct then
      right[id] = true
      sq.xp(10)
    end
    if floor().answered(id, correct) then
      sq.xp(30)
      if id == "cy_sec_1" then
        sq.say("Tobi", "Review done: a threat model, layers at every boundary, logs that see an attack, "
          .. "secrets out of the code.", "You leave as an engineer with two new skills on your card: "
          .. "Threat modelling and Secrets management. The exit is open.")
      else
        sq.say("Tobi", "Weakness proved, and the design fixed before any code. The next room is open.")
      end
    end
  end,
}
