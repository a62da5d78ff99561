-- levels/cybersecurity/03_back_office.lua: the Cybersecurity quest, level 3.
-- The red-team floor (lib/floor.lua) reaches the customer account area and
-- the build: three findings, each opening the next room. An invoice URL that
-- shows anyone's invoice (IDOR, broken access control), an email form that
-- another site can submit (CSRF), and a retired crypto library in the
-- requirements (a dependency audit), with the configuration checked on the
-- way out. Elena reads the findings: the player writes the steps so a
-- developer can reproduce them.
-- Play order: Rafael, the access control orb, the access notes -> gate ->
-- the account hall: Elena (steps to reproduce), the CSRF orb, the email form,
-- the doors (/invoices/1043 is the finding) -> settings gate -> Luis, the
-- audit orb, the audit terminal, door /account/email (the finding) -> build
-- gate -> door requirements.txt (the finding), settings.py -> exit.
-- Facts (Flask-WTF CSRFProtect, csrf.exempt, csrf_token(); Flask-SQLAlchemy
-- get_or_404; pip-audit -r; PyCrypto CVE-2013-7459): FACTS.md.

local function floor()
  return sq.module("floor")
end

local asks = { Rafael = { "cy_finding_1" }, Elena = { "cy_idor_steps" }, Luis = { "cy_csrf_3" } }
local right = {}

return {
  format = 1,
  id = "cybersecurity.back_office",
  quest = "cybersecurity",
  title = "The Back Office",
  brief = "Customer accounts and the build: three findings, three rooms. Each finding must be "
    .. "one a developer can act on. Talk to Rafael first; {hint} gives a hint.",
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
      props = { host = "the host", port = "the endpoint", state = "what a probe finds",
                scope = "in or out", note = "what the probe shows", why = "why it is out of scope",
                finding = "the exercise that proves the finding", opens = "the area gate it opens",
                speaker = "who reports the probe", tag = "the short address shown above it" },
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
      M = { type = "mentor", name = "Rafael", dialogue = "rafael", look = "rafael", facing = "down" },
      Y = { type = "mentor", name = "Elena", dialogue = "elena", look = "elena", facing = "down" },
      L = { type = "mentor", name = "Luis", dialogue = "luis", look = "luis", facing = "down" },
      ["1"] = { type = "skill", name = "access orb", skill = "access_control" },
      ["2"] = { type = "skill", name = "csrf orb", skill = "csrf" },
      ["3"] = { type = "skill", name = "audit orb", skill = "dependency_audit" },
      T = { type = "terminal", name = "access notes", speaker = "invoices.py",
            text = "Rafael's sketch of the fix for /invoices.", quiz = "cy_idor_2" },
      N = { type = "terminal", name = "email form", speaker = "email.html",
            text = "The account page's form that changes the customer's email address.",
            quiz = "cy_csrf_2" },
      X = { type = "terminal", name = "audit terminal", speaker = "CI: audit step",
            text = "Every build should check the dependencies for known vulnerabilities.",
            quiz = "cy_dep_2" },
      C = { type = "terminal", name = "settings.py", speaker = "settings.py (staging = production config)",
            text = "The same settings file ships to production next week.", quiz = "cy_config_1" },
      S = { type = "sign", name = "scope placard", speaker = "Scope (signed)", sprite = "security_placard",
            text = "IN: staging.shop.example with the two test accounts we made for you, and the repo "
              .. "larkspur/shop. OUT: real customers' accounts, admin.larkspur.internal, vendors." },
      s = { type = "sign", name = "lobby placard", speaker = "Scope (signed)", sprite = "security_placard",
            text = "Test accounts: alice (owns invoice 1042) and bob (owns 1043). You log in as alice." },
      G = { type = "gate", name = "hall gate", requires = "access_control" },
      H = { type = "area", name = "settings gate",
            text = "Opens when a finding in the account hall is proved. Probe the endpoints in scope." },
      J = { type = "area", name = "build gate",
            text = "Opens when the finding in the settings room is proved." },
      Z = { type = "area", name = "exit gate",
            text = "Opens when the finding in the build room is proved." },
      a = { type = "door", name = "door invoice 1043", tile = "wall", tag = "1043",
            host = "staging.shop.example", port = "/invoices/1043", state = "200", scope = "in",
            speaker = "GET /invoices/1043 (as alice)", finding = "cy_idor_1", opens = "settings gate",
            note = "200 OK: Bob's invoice, his name and address, shown to Alice. Change the number, get "
              .. "someone else's. Find the line that should have stopped it." },
      b = { type = "door", name = "door invoice 1042", tile = "wall", tag = "1042",
            host = "staging.shop.example", port = "/invoices/1042", state = "200", scope = "in",
            speaker = "GET /invoices/1042 (as alice)",
            note = "200 OK: Alice's own invoice. Expected. Now try one that is not hers." },
      e = { type = "door", name = "door admin", tile = "wall", tag = "admin", host = "admin.larkspur.internal",
            scope = "out", state = "login",
            why = "The internal admin site is not in the scope. Ask Elena to add it in writing if you "
              .. "think it should be tested." },
      f = { type = "door", name = "door email", tile = "wall", tag = "/email", host = "staging.shop.example",
            port = "/account/email", state = "changed", scope = "in",
            speaker = "POST /account/email, from another site", finding = "cy_csrf_1", opens = "build gate",
            note = "A page on your own test site auto-submitted the form while Alice was logged in. Her "
              .. "email changed: no token was checked. Find the line." },
      h = { type = "door", name = "door mail provider", tile = "wall", tag = "mailer", host = "api.mailer.example",
            scope = "out", state = "200",
            why = "The email provider is a vendor. Its API sends Larkspur's mail, but Larkspur cannot "
              .. "permit a test of it." },
      d = { type = "door", name = "door requirements", tile = "wall", tag = "reqs.txt",
            host = "larkspur/shop", port = "requirements.txt", state = "1 vuln", scope = "in",
            speaker = "pip-audit -r requirements.txt", finding = "cy_dep_1", opens = "exit gate",
            note = "pip-audit reports a known vulnerability in one package, and that package will "
              .. "never release a fix. Which line?" },
      g = { type = "prop", tile = "wall", sprite = "lamp_green" },
      r = { type = "prop", tile = "wall", sprite = "lamp_red" },
      k = { type = "prop", sprite = "security_monitors" },
      m = { type = "prop", sprite = "security_monitors" },
      q = { type = "prop", sprite = "security_beacon" },
      l = { type = "prop", sprite = "security_laptop_desk" },
      w = { type = "prop", sprite = "web_monitor_desk" },
    },
    rows = {
      "                                                    ",
      "                                                    ",
      "##############a#g#b#g###er#####f#g###hr#####d#g##E##",
      "#..........#,,,,,,,,,,......#,,,,,,......#,,,,,,.Z.#",
      "#........P.#,,,,,,,,,,......#,,,,,,......#,,,,,,...#",
      "#....@.....#................#............#.........#",
      "#..........#................#............#.........#",
      "#.s........#.............S..#............#......q..#",
      "#..........#................#..X.........#.........#",
      "#..........G........N.......H............J.........#",
      "#.......T..#................#............#.........#",
      "#..........#................#............#.........#",
      "#..........#.....Y..........#...L........#...C.....#",
      "#.1..M.....#...........2....#.........3..#.........#",
      "#..........#................#............#.........#",
      "#.k.....w..#.RR.....q.....m.#.l.....k....#.RR.....P#",
      "####################################################",
    },
  },

  dialogue = {
    rafael = {
      { "Rafael Costa, platform engineer", "Customer accounts live here: invoices, emails, settings. "
        .. "Logging in tells the server who you are. That is authentication." },
      "What you may do once in is authorisation: may Alice read invoice 1043? The server must ask "
        .. "that for every request and every record. Forgetting is A01, Broken Access Control.",
      "An id in the URL proves nothing: anyone can type another number. The access control orb is "
        .. "by the window. Help me with my sketch first:",
    },
    elena = {
      { "Elena Marsh, CISO at Larkspur", "Your findings land on my developers' desks. A finding they "
        .. "cannot reproduce is a finding they will close as 'works for me'." },
      "Give each one a title that says what and where, the steps to reproduce it, what it lets an "
        .. "attacker do, and the fix. The CSRF orb is here too: the next room needs it.",
    },
    luis = {
      { "Luis Ortega, backend developer", "The email form. Alice's browser sends her session cookie "
        .. "with every request to us, even when another site's page made it send one." },
      "That is cross-site request forgery: a page elsewhere makes her browser change her email, "
        .. "then someone resets her password. A secret token in the form stops it.",
      "And while you are here: our requirements. The audit orb, then the audit terminal. PyCrypto "
        .. "is in there, from 2013, and it is retired: PyCryptodome or cryptography replace it.",
    },
  },

  exercises = {
    cy_idor_1 = {
      kind = "code", skill = "access_control", language = "python",
      prompt = "Logged in as Alice, GET /invoices/1043 shows Bob's invoice. Which line should stop "
        .. "it, and does not?",
      code = [==[
@app.get("/invoices/<int:invoice_id>")
@login_required
def invoice(invoice_id):
    inv = db.get_or_404(Invoice, invoice_id)
    if not current_user.is_authenticated:
        abort(403)
    return render_template("invoice.html", inv=inv)
]==],
      answer = 5,
      why = {
        [5] = "It asks who the user is, not whether this invoice is theirs: check inv.owner_id == current_user.id.",
        [2] = "login_required is right: it makes sure someone is logged in. It cannot know who owns what.",
        [4] = "Looking the invoice up by id is fine when the next check compares its owner.",
      },
      explain = "Authentication says who you are; authorisation says what is yours. Check ownership on "
        .. "the server, for every object, and answer 404 for other people's records.",
    },
    cy_idor_2 = {
      kind = "fill", skill = "access_control", language = "python",
      prompt = "Rafael's fix: only the invoice's owner may see it.",
      code = [==[
inv = db.get_or_404(Invoice, invoice_id)
if inv.owner_id != {1}:
    abort(404)
]==],
      blanks = {
        { options = { "current_user.id", "request.args[\"user\"]", "inv.owner_id" }, answer = 1,
          why = { "The logged-in user, from the server's session: the one thing the client cannot forge.",
                  "A query parameter comes from the client: the attacker simply sends Bob's id.",
                  "Comparing the owner to itself is always equal: the check never fires." } },
      },
      explain = "The identity in the check must come from the server's session, never from the "
        .. "request. A 404 does not even confirm that invoice 1043 exists.",
    },
    cy_idor_steps = {
      kind = "order", skill = "access_control",
      prompt = "Write the steps to reproduce the invoice finding, so a developer sees it in a "
        .. "minute. Put them in order.",
      items = {
        { "Log in to staging as alice (owns invoice 1042)", why = "Who you are matters for an access bug." },
        { "Open /invoices/1042: her own invoice, 200", why = "The baseline: what she may see." },
        { "Change the URL to /invoices/1043", why = "The one thing the attacker changes." },
        { "Observe: 200, Bob's name and address", why = "The actual result, with the evidence." },
        { "Expected: 404, nothing of Bob's shown", why = "What the fix must make true: also the test." },
      },
      explain = "A finding a developer can act on says what, where, how to reproduce it, the impact, "
        .. "and the fix. Exact steps with the expected result become the regression test.",
    },
    cy_csrf_1 = {
      kind = "code", skill = "csrf", language = "python",
      prompt = "A page on another site changes Alice's email while she is logged in. CSRF "
        .. "protection is on for the app. Which line lets it through?",
      code = [==[
import os
from flask import Flask, redirect, request
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)

@app.post("/account/email")
@csrf.exempt
@login_required
def change_email():
    current_user.email = request.form["email"]
    db.session.commit()
    return redirect("/account")
]==],
      answer = 10,
      why = {
        [10] = "csrf.exempt switches the token check off for exactly the request that needs it.",
        [7] = "CSRFProtect turns the check on for every POST: that is right.",
        [11] = "Being logged in is the precondition of CSRF, not a defence: the browser sends her cookie.",
      },
      explain = "Remove @csrf.exempt and put {{ csrf_token() }} in the form. Exempt only endpoints that "
        .. "no browser session can reach, such as a webhook with its own signature.",
    },
    cy_csrf_2 = {
      kind = "fill", skill = "csrf", language = "html",
      prompt = "Flask-WTF's CSRFProtect is on. Complete the email form so its POST is accepted, and "
        .. "a forged one is not.",
      code = [==[
<form method="post" action="/account/email">
  <input type="hidden" name="csrf_token"
         value="{{ {1} }}">
  <input type="email" name="email">
  <button>Save</button>
</form>
]==],
      blanks = {
        { options = { "csrf_token()", "current_user.id", "session.sid" }, answer = 1,
          why = { "Flask-WTF's template helper: a signed token tied to the session, which another site cannot read.",
                  "A user id is guessable and the same everywhere: no secret at all.",
                  "Flask's session has no such field, and a session id in the page would leak it." } },
      },
      explain = "The other site can make the browser send the cookie, but cannot read the page to "
        .. "learn the token. No valid token, no change.",
    },
    cy_csrf_3 = {
      kind = "choice", skill = "csrf", scenario = true,
      prompt = "A page on evil.example auto-submits a form to POST /account/email. Alice is logged "
        .. "in to Larkspur in another tab. What stops the change?",
      choices = {
        { "A CSRF token in the form that the server checks", right = true,
          why = "evil.example cannot read Larkspur's pages, so it cannot send the token." },
        { "Checking that Alice is logged in",
          why = "She is: her browser sends her cookie. That is exactly what CSRF abuses." },
        { "Accepting only POST, never GET",
          why = "A form on another site can POST as easily as link to a GET." },
        { "Serving the site over HTTPS",
          why = "HTTPS protects the connection; the forged request travels over it too." },
      },
      explain = "Tokens stop it; SameSite=Lax cookies (Flask's SESSION_COOKIE_SAMESITE) add a second "
        .. "layer. Being logged in is the attack's precondition, not a defence.",
    },
    cy_dep_1 = {
      kind = "code", skill = "dependency_audit", language = "text",
      prompt = "pip-audit -r requirements.txt finds a known vulnerability in a package that will "
        .. "never ship a fix. Which line?",
      code = [==[
flask==3.1.3
flask-wtf==1.3.0
pycrypto==2.6.1
requests==2.34.2
gunicorn==27.0.1
]==],
      answer = 3,
      why = {
        [3] = "PyCrypto, unmaintained since 2013 (CVE-2013-7459): replace it with PyCryptodome or cryptography.",
        [1] = "A current Flask release; nothing known against it here.",
        [4] = "Pinned and current: a later advisory would show in the next audit.",
      },
      explain = "Pin versions, audit them on every build, and replace what is retired: no upgrade "
        .. "exists for a dead library. PyCryptodome keeps most of PyCrypto's API.",
    },
    cy_dep_2 = {
      kind = "fill", skill = "dependency_audit", language = "shell",
      prompt = "Audit the requirements file in CI, then swap the retired crypto library for its "
        .. "maintained fork.",
      code = [==[
pip-audit {1} requirements.txt
pip uninstall pycrypto
pip install {2}
]==],
      blanks = {
        { options = { "-r", "-f", "-l" }, answer = 1,
          why = { "-r (--requirement) audits the packages a requirements file names.",
                  "-f chooses the output format (json, markdown...); it reads no file.",
                  "-l limits an audit of the environment to local packages." } },
        { options = { "pycryptodome", "crypto", "pycrypto==2.7" }, answer = 1,
          why = { "The maintained fork of PyCrypto, with the same Crypto package name.",
                  "A different, unrelated package with a look-alike name: check names before installing.",
                  "No such release: 2.6.1 was PyCrypto's last." } },
      },
      explain = "Run the audit in CI so a new advisory fails the build. Replace retired packages "
        .. "with their maintained successor, and read the name twice.",
    },
    cy_config_1 = {
      kind = "sort", skill = "dependency_audit",
      prompt = "Configuration audit: settings.py ships to production next week. Which settings "
        .. "must change first?",
      bins = { "Fix before release", "Fine as it is" },
      items = {
        { "DEBUG = True", bin = 1, why = "Debug pages show code, settings and stack traces to anyone." },
        { "SECRET_KEY = \"larkspur123\" in the repo", bin = 1, why = "Anyone with the repo can forge sessions." },
        { "SESSION_COOKIE_SECURE = False", bin = 1, why = "The session cookie would also travel over plain HTTP." },
        { "Admin user: admin / admin", bin = 1, why = "Default credentials are the first thing attackers try." },
        { "SESSION_COOKIE_HTTPONLY = True", bin = 2, why = "Scripts cannot read the cookie: good." },
        { "Strict-Transport-Security header on", bin = 2, why = "Browsers keep to HTTPS: good." },
      },
      explain = "Security Misconfiguration is A02 in 2025. Audit settings like dependencies: with a "
        .. "checklist, on every release, not from memory.",
    },
  },

  hints = {
    "Rafael stands in the first room: walk next to him and press {confirm}.",
    "The hall gate opens once you hold Access control: the orb, then an answer.",
    "Probe the invoices on the north wall: 1042 is Alice's, 1043 is not.",
    "The settings room: Luis, then probe /email. The audit orb is there too.",
    "The build room: probe requirements.txt, then check settings.py.",
  },

  goals = {
    { talk = "Rafael", text = "Talk to Rafael",
      hint = "Rafael stands in the first room, {where:Rafael}." },
    { collect = "access_control", text = "Hold Access control",
      hint = "Take the access control orb, then answer Rafael or the access notes." },
    { answer = "cy_idor_1", text = "Prove the invoice finding",
      hint = "Probe /invoices/1043 on the hall's north wall." },
    { answer = "cy_idor_steps", text = "Write Elena the steps to reproduce",
      hint = "Elena stands in the account hall." },
    { collect = "csrf", text = "Hold CSRF",
      hint = "The CSRF orb is in the account hall; then the email form or Luis." },
    { answer = "cy_csrf_1", text = "Prove the CSRF in /account/email",
      hint = "Probe /email in the settings room." },
    { collect = "dependency_audit", text = "Hold Dependency audits",
      hint = "The audit orb is in the settings room; then the audit terminal." },
    { answer = "cy_dep_1", text = "Find the retired dependency",
      hint = "Probe requirements.txt in the build room." },
  },

  grants = { xp = 70 },

  on_start = function()
    floor().setup({ title = "staging + repo", scope = "test accounts only", findings = 3 })
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
      sq.xp(20)
      sq.say("Elena", "Proved. Title, steps, impact, fix: write it so my developers can act on it. "
        .. "The next room is open.")
    end
  end,
}
