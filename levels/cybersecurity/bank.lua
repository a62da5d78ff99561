-- levels/cybersecurity/bank.lua: review-only exercises of the Cybersecurity
-- quest. The levels hold the exercises they ask; these come back in spaced
-- review, in place of a missed one, and in the refreshers a mentor asks a
-- player who comes without a skill an earlier level taught. Facts: FACTS.md.
return {
  format = 1,
  quest = "cybersecurity",
  exercises = {
    cy_scope_3 = {
      kind = "sort", skill = "pentest_scope",
      prompt = "The signed scope: 10.0.5.0/24 except 10.0.5.1, the app staging.shop.example, "
        .. "09:00-17:00 UTC, no denial of service. Sort what you may do.",
      bins = { "In scope", "Out of scope" },
      items = {
        { "SYN scan of 10.0.5.20 at 10:00 UTC", bin = 1, why = "Named range, inside the window." },
        { "Any probe of 10.0.5.1", bin = 2, why = "Excluded by name: an exclusion beats the range." },
        { "Testing staging.shop.example/search", bin = 1, why = "The app is named in the scope." },
        { "A SYN flood to see if staging copes", bin = 2, why = "Denial of service is ruled out." },
        { "SYN scan of 10.0.5.20 at 21:00 UTC", bin = 2, why = "Right host, wrong time: outside the window." },
        { "Testing shop.example, the live site", bin = 2, why = "Production is not named: not permitted." },
      },
      explain = "A scope names hosts, apps, times and techniques, and its exclusions win. Anything it "
        .. "does not name is out.",
    },
    cy_nmap_3 = {
      kind = "fill", skill = "nmap", language = "shell",
      prompt = "Scan ports 22 and 80 on the staging range, and never touch its excluded gateway.",
      code = [==[
nmap {1} -p 22,80 10.0.5.0/24 {2} 10.0.5.1
]==],
      blanks = {
        { options = { "-sS", "-sn" }, answer = 1,
          why = { "-sS is the SYN scan (run as root): one SYN per port, the state from the answer.",
                  "-sn only finds which hosts are up; it scans no ports." } },
        { options = { "--exclude", "-iL" }, answer = 1,
          why = { "--exclude takes hosts out of the target list: no packet reaches them.",
                  "-iL reads targets from a file: it would add, not remove." } },
      },
      explain = "Put the scope in the command: the range, and the exclusions with --exclude, so a typo "
        .. "cannot send a packet where you have no permission.",
    },
    cy_scapy_3 = {
      kind = "choice", skill = "scapy", scenario = true,
      prompt = "Your Scapy probe fails with PermissionError: Operation not permitted on your laptop. "
        .. "The target is in scope. What is going on?",
      choices = {
        { "Sending raw packets needs root (or CAP_NET_RAW): run it with sudo", right = true,
          why = "Scapy builds packets itself and needs a raw socket, which ordinary users cannot open." },
        { "The target's firewall refused the packet",
          why = "A firewall drops or rejects packets on the wire; it cannot raise an error on your laptop." },
        { "Scapy only works on Linux servers",
          why = "It runs on Linux, macOS and Windows; the error is about your privileges." },
        { "The scope blocks it",
          why = "A scope is an agreement on paper; your operating system knows nothing of it." },
      },
      explain = "Scapy needs raw sockets, so root. With that much power, the only brake is you: check "
        .. "the scope before you run it.",
    },
    cy_owasp_3 = {
      kind = "choice", skill = "owasp_top10", scenario = true,
      prompt = "An old report files your SQL injection as \"A03 Injection\". The client's policy "
        .. "follows the OWASP Top 10:2025. How do you file it?",
      choices = {
        { "A05:2025 Injection, naming the edition", right = true,
          why = "Injection moved to A05 in 2025; the edition makes the label unambiguous." },
        { "A03:2025", why = "In 2025, A03 is Software Supply Chain Failures: the wrong category." },
        { "A01:2025, because every flaw is an access problem",
          why = "A01 is Broken Access Control; SQL injection has its own category." },
        { "No category: the Top 10 is only for training",
          why = "Reports and policies use it to sort and prioritise findings." },
      },
      explain = "Category numbers change between editions, so write the edition with the number: "
        .. "A05:2025 Injection.",
    },
    cy_finding_1 = {
      kind = "choice", skill = "access_control", scenario = true,
      prompt = "You found that any logged-in user can read any invoice. Which finding title lets a "
        .. "developer act on it?",
      choices = {
        { "Any logged-in user can read any invoice via GET /invoices/<id> (no owner check)",
          right = true, why = "What, where and why in one line: the developer knows where to look." },
        { "Access control is broken", why = "True, but where? Which endpoint, which check?" },
        { "CRITICAL: data breach possible!!!", why = "Alarm without a location or a cause; nobody can fix it." },
        { "Consider reviewing authorisation", why = "No evidence and no place: easy to postpone forever." },
      },
      explain = "A good finding names the weakness, the place and the effect, then gives the steps, the "
        .. "impact and the fix.",
    },
    cy_nmap_4 = {
      kind = "choice", skill = "nmap",
      prompt = "A UDP scan (nmap -sU) reports 161/udp open|filtered. What does Nmap mean?",
      choices = {
        { "No answer came back, so it cannot tell open from filtered", right = true,
          why = "Open UDP services often stay silent, exactly like a firewall that drops the probe." },
        { "The port is open and filtered at the same time",
          why = "It is one state or the other; Nmap just cannot tell which." },
        { "A RST came back", why = "A closed UDP port answers ICMP port unreachable; that would be closed." },
        { "The scan was out of scope", why = "Nmap knows nothing of your scope: that is your job." },
      },
      explain = "Combined states mean the scan type could not decide. A service probe (-sV) or a "
        .. "protocol-specific request can settle it.",
    },
    cy_sqli_4 = {
      kind = "choice", skill = "sql_injection", scenario = true,
      prompt = "A login query is built with an f-string, but the developer says the form only "
        .. "allows letters, so injection is impossible. Your answer?",
      choices = {
        { "The browser's form is not a control: send parameters anyway", right = true,
          why = "Anyone can send any bytes to the endpoint with curl; only the server's code counts." },
        { "Agreed: client-side validation stops it",
          why = "An attacker never uses your form." },
        { "Add a WAF and keep the f-string",
          why = "A WAF is a layer; the cause is still there." },
        { "Lower-case the input first",
          why = "Case changes nothing about quotes and SQL keywords." },
      },
      explain = "Validate input for usability, but make the query safe by construction: parameters, "
        .. "always, on the server.",
    },
    cy_xss_4 = {
      kind = "fill", skill = "xss", language = "http",
      prompt = "Add a second layer against XSS: the browser may run scripts only from the shop's "
        .. "own origin.",
      code = [==[
HTTP/1.1 200 OK
Content-Type: text/html; charset=utf-8
{1}: script-src {2}
]==],
      blanks = {
        { options = { "Content-Security-Policy", "X-Frame-Options" }, answer = 1,
          why = { "CSP tells the browser where scripts may come from.",
                  "X-Frame-Options controls framing (clickjacking), not scripts." } },
        { options = { "'self'", "*" }, answer = 1,
          why = { "'self' allows only the page's own origin; inline scripts are blocked.",
                  "* allows scripts from anywhere: no protection at all." } },
      },
      explain = "A strict CSP turns many injected scripts into blocked ones. It is defence in depth: "
        .. "escaping on output stays the fix.",
    },
    cy_csrf_4 = {
      kind = "sort", skill = "csrf",
      prompt = "Which requests need CSRF protection?",
      bins = { "Needs a token", "Does not" },
      items = {
        { "POST /account/email from a logged-in form", bin = 1, why = "Changes state with the user's cookie." },
        { "POST /cart/checkout", bin = 1, why = "A forged checkout spends the user's money." },
        { "DELETE /reviews/12 from the page's JavaScript", bin = 1, why = "Any state change with a session needs it." },
        { "GET /search?q=mug", bin = 2, why = "Safe requests only read, so forging one changes nothing." },
        { "A webhook signed with a shared secret, no cookies", bin = 2, why = "No browser session to ride on; its signature is the check." },
      },
      explain = "CSRF rides on cookies the browser sends by itself. Protect every state-changing "
        .. "request that a session authorises, and keep GET free of side effects.",
    },
    cy_dep_3 = {
      kind = "choice", skill = "dependency_audit", scenario = true,
      prompt = "pip-audit finds a vulnerable version of a library you use. A fixed release exists. "
        .. "What do you do?",
      choices = {
        { "Upgrade to the fixed release, run the tests, and keep the audit in CI", right = true,
          why = "The fix is known; the tests show nothing broke; CI catches the next one." },
        { "Ignore it: our code never calls the vulnerable function",
          why = "Maybe, but prove it and record the exception; usually upgrading is cheaper." },
        { "Unpin all versions so pip always takes the newest",
          why = "Unpinned builds change without review: a supply-chain risk of their own." },
        { "Vendor a copy of the library into the repo",
          why = "Then nobody audits it at all." },
      },
      explain = "Pin, audit, upgrade, test. Record any advisory you decide to ignore, with the reason.",
    },
    cy_tm_5 = {
      kind = "choice", skill = "threat_modeling", scenario = true,
      prompt = "Which log entry lets the on-call engineer spot credential stuffing on /login?",
      choices = {
        { "WARNING login failed email=a@b.example ip=203.0.113.7 ua=python-requests", right = true,
          why = "Who, from where, with what: failures from many addresses show the pattern." },
        { "DEBUG something went wrong", why = "Dropped at INFO, and it says nothing." },
        { "INFO login failed password=hunter2", why = "Never log passwords: the log becomes a leak." },
        { "ERROR 500", why = "Failed logins are not server errors, and this has no detail." },
      },
      explain = "Log security events at a level production keeps, with enough context to correlate, "
        .. "no secrets, and an alert on the pattern.",
    },
    cy_sec_4 = {
      kind = "fill", skill = "secrets_management", language = "python",
      prompt = "Read the payments key from the environment the secrets manager fills at deploy, "
        .. "and fail at start-up when it is missing.",
      code = [==[
import os

PAY_KEY = {1}
]==],
      blanks = {
        { options = { "os.environ[\"PAY_KEY\"]", "os.getenv(\"PAY_KEY\", \"test\")", "\"lk_live_4f9a...\"" },
          answer = 1,
          why = { "KeyError at start-up if it is missing: the app never runs without its key.",
                  "A silent default hides a missing secret until payments fail in production.",
                  "A key in the code is in every clone and in git history." } },
      },
      explain = "Secrets come from the environment or a secrets manager's client at start-up; a "
        .. "missing one should stop the app, loudly.",
    },
  },
}
