-- levels/cybersecurity/02_staging_app.lua: the Cybersecurity quest, level 2.
-- The red-team floor again (lib/floor.lua), one layer up: the doors are now
-- endpoints of Larkspur's staging shop. The player probes them inside the
-- scope (staging only: production and the vendors' hosts are refused), and
-- proves two findings in real code: SQL injection in /search opens the
-- reviews room, stored XSS in /reviews opens the exit.
-- Play order: Priya (OWASP Top 10 2025), the OWASP orb, the OWASP poster ->
-- gate (OWASP held) -> the search hall: Luis, the SQL injection orb, the
-- doors (/search is the finding), search.py -> reviews gate -> Ines, the XSS
-- orb, the review widget, door /reviews (the finding) -> exit gate -> exit.
-- Facts (OWASP Top 10 2025, sqlite3 placeholders, Flask/Jinja autoescaping,
-- markupsafe.Markup, textContent): FACTS.md.

local function floor()
  return sq.module("floor")
end

local asks = { Priya = { "cy_owasp_2" }, Luis = { "cy_sqli_3" }, Ines = { "cy_xss_3" } }
local right = {}

return {
  format = 1,
  id = "cybersecurity.staging_app",
  quest = "cybersecurity",
  title = "The Staging Shop",
  brief = "Same scope, one layer up: the doors are now the staging shop's endpoints. Find what "
    .. "an attacker would, in the code. Talk to Priya first; {hint} gives a hint.",
  music = "cybersecurity_floor",
  requires = { "pentest_scope" },

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
      M = { type = "mentor", name = "Priya", dialogue = "priya", look = "priya", facing = "down" },
      L = { type = "mentor", name = "Luis", dialogue = "luis", look = "luis", facing = "down" },
      V = { type = "mentor", name = "Ines", dialogue = "ines", look = "ines", facing = "down" },
      ["1"] = { type = "skill", name = "owasp orb", skill = "owasp_top10" },
      ["2"] = { type = "skill", name = "sqli orb", skill = "sql_injection" },
      ["3"] = { type = "skill", name = "xss orb", skill = "xss" },
      T = { type = "terminal", name = "owasp poster", speaker = "OWASP Top 10:2025",
            text = "A01 Broken Access Control, A02 Security Misconfiguration, A03 Software Supply "
              .. "Chain Failures, A04 Cryptographic Failures, A05 Injection ... A10 Mishandling of "
              .. "Exceptional Conditions.",
            quiz = "cy_owasp_1" },
      N = { type = "terminal", name = "search.py", speaker = "search.py",
            text = "Luis's fix for /search, half typed.",
            quiz = "cy_sqli_2" },
      X = { type = "terminal", name = "review widget", speaker = "reviews.js",
            text = "The product page adds new reviews to the list without a reload.",
            quiz = "cy_xss_2" },
      S = { type = "sign", name = "scope placard", speaker = "Scope (signed)", sprite = "security_placard",
            text = "IN: staging.shop.example, every endpoint. OUT: shop.example (production) and every "
              .. "vendor's host, such as the CDN. No denial of service." },
      s = { type = "sign", name = "lobby placard", speaker = "Scope (signed)", sprite = "security_placard",
            text = "Green lamps and carpet: in scope. Red lamps: out of scope." },
      G = { type = "gate", name = "hall gate", requires = "owasp_top10" },
      H = { type = "area", name = "reviews gate",
            text = "Opens when a finding in the search hall is proved. Probe the endpoints in scope." },
      Z = { type = "area", name = "exit gate",
            text = "Opens when the finding in the reviews room is proved." },
      a = { type = "door", name = "door search", tile = "wall", tag = "/search", host = "staging.shop.example",
            port = "/search", state = "500", scope = "in", speaker = "GET /search?q='",
            finding = "cy_sqli_1", opens = "reviews gate",
            note = "500 Internal Server Error: sqlite3.OperationalError: unrecognized token. One quote "
              .. "broke the query: the text typed is part of the SQL. Find the line." },
      b = { type = "door", name = "door health", tile = "wall", tag = "/health", host = "staging.shop.example",
            port = "/health", state = "200", scope = "in", speaker = "GET /health",
            note = "200 OK {\"status\": \"ok\"}. No input, no secrets in the answer: nothing to report." },
      e = { type = "door", name = "door production", tile = "wall", tag = "prod", host = "shop.example",
            port = "/search", state = "500", scope = "out",
            why = "shop.example is production: the same code, but real customers and real orders. Prove "
              .. "it on staging, and the fix reaches production." },
      f = { type = "door", name = "door reviews", tile = "wall", tag = "/reviews", host = "staging.shop.example",
            port = "/reviews", state = "alert(1)", scope = "in", speaker = "POST /product/7/reviews",
            finding = "cy_xss_1", opens = "exit gate",
            note = "You posted a review: <script>alert(1)</script>. Every reader of product 7 now runs "
              .. "it: stored XSS. Find the line that lets it through." },
      c = { type = "door", name = "door app.js", tile = "wall", tag = "/app.js", host = "staging.shop.example",
            port = "/static/app.js", state = "200", scope = "in", speaker = "GET /static/app.js",
            note = "200 OK, a static file, minified. No keys or internal URLs in it: nothing to report." },
      h = { type = "door", name = "door cdn", tile = "wall", tag = "cdn", host = "cdn.vendor.example",
            scope = "out", state = "200",
            why = "The CDN belongs to a vendor that signed nothing with you. Larkspur cannot permit a "
              .. "test of someone else's servers." },
      g = { type = "prop", tile = "wall", sprite = "lamp_green" },
      r = { type = "prop", tile = "wall", sprite = "lamp_red" },
      k = { type = "prop", sprite = "security_monitors" },
      m = { type = "prop", sprite = "security_monitors" },
      q = { type = "prop", sprite = "security_beacon" },
      l = { type = "prop", sprite = "security_laptop_desk" },
      w = { type = "prop", sprite = "web_monitor_desk" },
    },
    rows = {
      "                                            ",
      "                                            ",
      "##############a#g#b#g###er#####f#g#c#g##hrE#",
      "#..........#,,,,,,,,,,......#,,,,,,,,,,...Z#",
      "#........P.#,,,,,,,,,,......#,,,,,,,,,,....#",
      "#....@.....#................#..............#",
      "#..........#................#..............#",
      "#.s........#.............S..#..............#",
      "#..........#................#..X...........#",
      "#..........G........N.......H..............#",
      "#.......T..#................#..............#",
      "#..........#................#...........q..#",
      "#..........#....L...........#....V.........#",
      "#.1..M.....#...........2....#.........3....#",
      "#..........#................#..............#",
      "#.k.....w..#.RR.....q.....m.#.l.....k......#",
      "############################################",
    },
  },

  dialogue = {
    priya = {
      { "Priya Nair, application security", "Scope signed, network mapped. Now the app itself: "
        .. "staging.shop.example. The doors here are its endpoints, and the same rules hold." },
      "What do we look for? OWASP's Top 10, the 2025 edition: A01 Broken Access Control, A02 "
        .. "Security Misconfiguration, A03 Software Supply Chain Failures, A05 Injection...",
      "New in 2025: supply chain failures at A03, and A10, Mishandling of Exceptional Conditions. "
        .. "The OWASP orb is by the window, the poster beside me. First, tell me:",
    },
    luis = {
      { "Luis Ortega, backend developer", "I wrote /search. It works! Type mug, get mugs. Priya says "
        .. "it also works for people who type SQL." },
      "If the text someone types becomes part of the query, they can rewrite the query: read other "
        .. "tables, skip a login, delete rows. That is SQL injection, under A05 Injection.",
      "The fix is never to paste input into SQL: send it as a parameter. Take the SQL injection "
        .. "orb, probe /search, and find my line. Then help me finish search.py.",
    },
    ines = {
      { "Ines Duarte, front-end developer", "Reviews! Customers write them, everyone reads them. "
        .. "If a review can hold a script, every reader runs it, logged in as themselves." },
      "That is cross-site scripting, XSS. Jinja escapes {{ text }} on its own; the danger is "
        .. "code that turns escaping off, such as Markup() or |safe, or innerHTML in the browser.",
      "Escape on output, then add a Content-Security-Policy header as a second layer. The XSS orb "
        .. "is in the corner. Probe /reviews and find the line.",
    },
  },

  exercises = {
    cy_owasp_1 = {
      kind = "sort", skill = "owasp_top10",
      prompt = "File each problem found on Larkspur's staging shop under its OWASP Top 10:2025 category.",
      bins = { "A01 Access Control", "A03 Supply Chain", "A05 Injection" },
      items = {
        { "/invoices/1043 shows another customer's invoice", bin = 1, why = "Reaching a record that is not yours: broken access control." },
        { "A search box builds SQL from the text typed", bin = 3, why = "Input changes the query: injection." },
        { "requirements.txt pins a library with a known CVE", bin = 2, why = "A vulnerable component you ship: supply chain." },
        { "A review's <script> runs for every reader", bin = 3, why = "XSS has been part of Injection since 2021." },
        { "Any user can set role=admin in a form field", bin = 1, why = "The server lets the user choose their own rights." },
        { "The build installs unpinned packages from anywhere", bin = 2, why = "Whatever the index serves today ends up in your build." },
      },
      explain = "The categories tell a developer where to look for the fix: checks on the server (A01), "
        .. "what you depend on (A03), how input reaches an interpreter (A05).",
    },
    cy_owasp_2 = {
      kind = "choice", skill = "owasp_top10",
      prompt = "What is new in the OWASP Top 10:2025, compared with 2021? Pick all that apply.",
      choices = {
        { "Software Supply Chain Failures, at A03", right = true,
          why = "It widens 2021's Vulnerable and Outdated Components to the whole build chain." },
        { "Mishandling of Exceptional Conditions, at A10", right = true,
          why = "A new category: errors that fail open, leak internals or leave half-done work." },
        { "Injection left the list",
          why = "Injection is still there, at A05." },
        { "Broken Access Control fell from first place",
          why = "It is A01 in 2021 and in 2025." },
      },
      explain = "OWASP updates the list every few years from data and a community survey. Quote the "
        .. "edition you use: A03 meant Injection in 2021 and means Supply Chain in 2025.",
    },
    cy_sqli_1 = {
      kind = "code", skill = "sql_injection", language = "python",
      prompt = "GET /search?q=' answers 500, and q=' OR 1=1 -- lists every product. Which line "
        .. "lets the input rewrite the query?",
      code = [==[
import sqlite3
from flask import Flask, request

app = Flask(__name__)

@app.get("/search")
def search():
    q = request.args.get("q", "")
    db = sqlite3.connect("shop.db")
    rows = db.execute(
        "SELECT name, price FROM products "
        "WHERE name LIKE '%" + q + "%'"
    ).fetchall()
    return {"results": [list(r) for r in rows]}
]==],
      answer = 12,
      why = {
        [12] = "The text typed is glued into the SQL, so its quote ends the string and the rest runs as SQL.",
        [8] = "Reading the parameter is fine; what the code does with it next is not.",
        [10] = "execute() is safe with placeholders; the string it is given is the problem.",
      },
      explain = "Send input as a parameter, never as SQL text: \"... WHERE name LIKE ?\" with "
        .. "(f\"%{q}%\",). The database then treats it as a value, whatever it contains.",
    },
    cy_sqli_2 = {
      kind = "fill", skill = "sql_injection", language = "python",
      prompt = "Finish Luis's fix: the search text must reach SQLite as a value, never as SQL.",
      code = [==[
rows = db.execute(
    "SELECT name, price FROM products "
    "WHERE name LIKE {1}",
    {2},
).fetchall()
]==],
      blanks = {
        { options = { "?", "'%?%'", "'%{q}%'" }, answer = 1,
          why = { "A bare ? is sqlite3's placeholder for one value.",
                  "Inside quotes, ? is a literal question mark, not a placeholder.",
                  "That is text in the SQL, not a parameter: no better than before." } },
        { options = { "(f\"%{q}%\",)", "f\"%{q}%\"", "(q)" }, answer = 1,
          why = { "A one-item tuple: the value, with the % wildcards around it.",
                  "A bare string is a sequence: sqlite3 would see one value per character.",
                  "(q) is just q in brackets, not a tuple, and it has no wildcards." } },
      },
      explain = "The SQL has a placeholder, the value travels separately, in a tuple. The wildcards "
        .. "go in the value, so they cannot be used to break out of it.",
    },
    cy_sqli_3 = {
      kind = "sort", skill = "sql_injection", scenario = true,
      prompt = "Luis lists ideas against SQL injection. Which prevent it, and which only limit or "
        .. "hide the damage?",
      bins = { "Prevents it", "Only limits it" },
      items = {
        { "Parameterised queries (? placeholders)", bin = 1, why = "Input can never become SQL." },
        { "An ORM query: Product.name.contains(q)", bin = 1, why = "The ORM sends a parameter for you." },
        { "A database user that can only SELECT", bin = 2, why = "Limits what an injection can do; it still happens." },
        { "A web application firewall rule", bin = 2, why = "Blocks known patterns; new ones get through." },
        { "Escaping quotes by hand", bin = 2, why = "Easy to miss a case; the driver's placeholders are the fix." },
        { "Generic error pages, no stack traces", bin = 2, why = "Hides clues from the attacker; the hole is still there." },
      },
      explain = "Fix the cause with parameters; keep the others as extra layers. That is defence in "
        .. "depth: each layer limits the damage when another fails.",
    },
    cy_xss_1 = {
      kind = "code", skill = "xss", language = "python",
      prompt = "A review holding <script>alert(1)</script> runs for every reader of product 7. "
        .. "Which line lets it through? (Flask escapes {{ }} here.)",
      code = [==[
from flask import render_template_string
from markupsafe import Markup

PAGE = """<h2>Reviews</h2>
{% for r in reviews %}
  <p>{{ r.author }}: {{ r.text }}</p>
{% endfor %}"""

@app.get("/product/<int:pid>/reviews")
def reviews(pid):
    shown = []
    for r in load_reviews(pid):
        shown.append({"author": r.author,
                      "text": Markup(r.text)})
    return render_template_string(PAGE, reviews=shown)
]==],
      answer = 14,
      why = {
        [14] = "Markup() tells Jinja the text is safe HTML, so the customer's <script> is not escaped.",
        [6] = "{{ r.text }} is escaped by default; it only goes wrong when told the text is safe.",
        [15] = "render_template_string autoescapes; it is the Markup() that turned that off.",
      },
      explain = "Pass the plain string: \"text\": r.text, and Jinja escapes < and > on output. Keep "
        .. "Markup and |safe for HTML your own code wrote.",
    },
    cy_xss_2 = {
      kind = "fill", skill = "xss", language = "javascript",
      prompt = "The product page adds each new review to the list in the browser. Show the "
        .. "text as text, never as HTML.",
      code = [==[
function addReview(list, review) {
  const li = document.createElement("li");
  li.{1} = review.text;
  list.appendChild(li);
}
]==],
      blanks = {
        { options = { "textContent", "innerHTML", "outerHTML" }, answer = 1,
          why = { "textContent sets text: a < in a review stays a < on screen.",
                  "innerHTML parses the review as HTML: <img src=x onerror=...> runs.",
                  "outerHTML replaces the element with parsed HTML: the same hole." } },
      },
      explain = "In the browser, textContent (or a framework's default binding) shows data as text. "
        .. "innerHTML with user input is DOM-based XSS.",
    },
    cy_xss_3 = {
      kind = "choice", skill = "xss", scenario = true,
      prompt = "Ines must ship the review fix today. Luis suggests a regex that strips <script> tags "
        .. "from reviews. What do you recommend?",
      choices = {
        { "Escape on output (Jinja's default), and add a Content-Security-Policy as a second layer",
          right = true, why = "Escaping makes any input inert; CSP limits damage if one spot is missed." },
        { "Ship the regex: it removes the script tags",
          why = "<img src=x onerror=alert(1)> has no script tag. Blocklists always miss a case." },
        { "Check reviews in the browser before they are posted",
          why = "An attacker posts straight to the API; browser checks are for convenience only." },
        { "Store reviews base64-encoded",
          why = "Storage is not the problem; the page must escape what it shows." },
      },
      explain = "XSS is fixed where data meets HTML: escape for the context you write into. CSP is "
        .. "defence in depth, not the fix.",
    },
  },

  hints = {
    "Priya stands in the first room: walk next to her and press {confirm}.",
    "The hall gate opens once you hold OWASP Top 10: the orb, then an answer.",
    "Probe the endpoints on the north wall with {confirm}. Red lamps are out of scope.",
    "/search hides the finding. Prove it to open the reviews gate.",
    "In the reviews room: Ines, the XSS orb, the review widget, then /reviews.",
  },

  goals = {
    { talk = "Priya", text = "Talk to Priya",
      hint = "Priya stands in the first room, {where:Priya}." },
    { collect = "owasp_top10", text = "Hold OWASP Top 10",
      hint = "Take the OWASP orb, then answer Priya or the poster." },
    { collect = "sql_injection", text = "Hold SQL injection",
      hint = "Through the hall gate: the SQL injection orb, then Luis or search.py." },
    { answer = "cy_sqli_1", text = "Prove the SQL injection in /search",
      hint = "Probe the /search door on the north wall." },
    { collect = "xss", text = "Hold Cross-site scripting",
      hint = "Through the reviews gate: the XSS orb, then Ines or the review widget." },
    { answer = "cy_xss_1", text = "Prove the stored XSS in /reviews",
      hint = "Probe the /reviews door and find the line." },
  },

  grants = { xp = 60 },

  on_start = function()
    floor().setup({ title = "staging.shop.example", scope = "staging only", findings = 2 })
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
      sq.say("Priya", "Finding proved: the next room is open. Note the request, the response, and the fixed line.")
    end
  end,
}
