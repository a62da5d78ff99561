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
  },
}
