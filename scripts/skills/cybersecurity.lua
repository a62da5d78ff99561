-- scripts/skills/cybersecurity.lua: the skills of Cybersecurity.
-- The format of a skill card is in scripts/README.md.

local skills = {}
local function skill(t) skills[t.id] = t end

skill{
  id = "pentest_scope", name = "Scope and permission", field = "cybersecurity", side = "developer",
  requires = {},
  card = "A security test starts with written permission from someone who may give it, and a scope: which hosts, addresses and apps, which techniques, and when. Anything outside it, even one address over, is off limits: testing it is an attack, not a test.",
}

skill{
  id = "secure_coding", name = "Secure coding", field = "cybersecurity", side = "developer",
  requires = { "clean_code" },
  card = "Secure coding means treating all input as untrusted, using safe APIs such as parameterised queries, keeping dependencies patched and failing safely. Many real attacks exploit ordinary mistakes rather than exotic tricks.",
}

skill{
  id = "owasp_top10", name = "OWASP Top 10", field = "cybersecurity", side = "developer",
  requires = {},
  card = "The OWASP Top 10 lists the most critical security risks to web applications. The 2025 edition starts with A01 Broken Access Control, A02 Security Misconfiguration and A03 Software Supply Chain Failures; Injection is A05. Reviews and training use it as a checklist.",
}

skill{
  id = "sql_injection", name = "SQL injection", field = "cybersecurity", side = "developer",
  requires = { "owasp_top10" },
  card = "SQL injection happens when user input is pasted into a SQL string and changes what the query does. Parameterised queries, or an ORM, send the data separately from the SQL and prevent it.",
}

skill{
  id = "xss", name = "Cross-site scripting", field = "cybersecurity", side = "developer",
  requires = { "owasp_top10" },
  card = "Cross-site scripting (XSS) lets an attacker's script run in other users' browsers, usually through input shown on a page without escaping. Escape output by default, as template engines do, and add a Content-Security-Policy header as a second layer.",
}

skill{
  id = "csrf", name = "CSRF", field = "cybersecurity", side = "developer",
  requires = { "owasp_top10" },
  card = "Cross-site request forgery (CSRF) tricks a logged-in user's browser into sending a request they did not intend, carrying their cookies. A secret token in each state-changing form and SameSite cookies stop it. Django checks tokens by default; Flask leaves it to an extension such as Flask-WTF.",
}

skill{
  id = "access_control", name = "Access control", field = "cybersecurity", side = "developer",
  requires = { "owasp_top10" },
  card = "Authentication checks who a user is; authorisation checks what they may do. Check on the server, for every request and every object, that this user may touch this record: an id in a URL (/invoices/1043) proves nothing. Broken access control is A01 in the OWASP Top 10 of 2021 and of 2025.",
}

skill{
  id = "dependency_audit", name = "Dependency audits", field = "cybersecurity", side = "developer",
  requires = { "owasp_top10" },
  card = "Applications pull in many third-party packages, and any of them can have a known vulnerability or be abandoned (PyCrypto, retired: use PyCryptodome or cryptography). pip-audit, npm audit and Dependabot flag them; a configuration audit checks settings such as DEBUG, cookies and headers the same way.",
}

skill{
  id = "secrets_management", name = "Secrets management", field = "cybersecurity", side = "engineer",
  requires = { "owasp_top10" },
  card = "Passwords, API keys and private keys must never be committed to Git, whose history keeps them even after the file is changed. Load them from the environment or a secrets manager, give each the least access it needs and rotate any that leak.",
}

skill{
  id = "nmap", name = "Nmap", field = "cybersecurity", side = "developer",
  requires = { "pentest_scope" },
  card = "Nmap is a network scanner: a command-line program, not a Python library. It reports each port open (a service answers), closed (reachable, nothing listening) or filtered (no answer: a firewall drops probes), or a mix when it cannot tell. Scan only what your written scope names.",
}

skill{
  id = "scapy", name = "Scapy", field = "cybersecurity", side = "developer",
  requires = { "nmap" },
  card = "Scapy is a Python library for building, sending and reading packets layer by layer: IP(dst=...)/TCP(dport=22, flags=\"S\") is a SYN, and sr1() sends it and returns the first answer or None. Sending raw packets needs root, and the same written scope as any scan.",
}

skill{
  id = "python_nmap", name = "python-nmap", field = "cybersecurity", side = "developer",
  requires = { "nmap" },
  card = "python-nmap is a Python library that runs the Nmap program and returns its results as Python data. Nmap itself must be installed, since the library is only a wrapper for automating scans from scripts.",
}

skill{
  id = "pycrypto", name = "PyCrypto (retired)", field = "cybersecurity", side = "developer",
  requires = { "python" },
  optional = { "symmetric_encryption" },
  card = "PyCrypto was an early Python cryptography toolkit, and it is no longer maintained, so security bugs found in it are not fixed. PyCryptodome is its maintained fork; new code should use it or the cryptography package instead.",
}

skill{
  id = "pentesting", name = "Penetration testing", field = "cybersecurity", side = "engineer",
  requires = { "owasp_top10", "nmap" },
  card = "A penetration test is an authorised, simulated attack that looks for weaknesses before real attackers do. Testers use tools such as Nmap and Burp Suite within an agreed scope, then report what they found and how to fix it.",
}

skill{
  id = "threat_modeling", name = "Threat modelling", field = "cybersecurity", side = "engineer",
  requires = { "owasp_top10" },
  card = "Threat modelling asks, while designing, what could go wrong: what we protect, from whom, and where data crosses trust boundaries. STRIDE helps list threats; defence in depth puts more than one control on each, and logging with alerts tells you when one fails.",
}

skill{
  id = "app_security", name = "Securing applications", field = "cybersecurity", side = "engineer",
  requires = { "secure_coding", "access_control", "secrets_management" },
  optional = { "tls", "dependency_audit", "threat_modeling" },
  card = "Securing an application takes layers: HTTPS everywhere, strong authentication, least privilege, input validation, patched dependencies, security headers and audit logs. Each layer limits the damage when another one fails.",
}

return skills
