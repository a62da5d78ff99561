-- scripts/skills/cybersecurity.lua: the skills of Cybersecurity.
-- The format of a skill card is in scripts/README.md.

local skills = {}
local function skill(t) skills[t.id] = t end

skill{
  id = "secure_coding", name = "Secure coding", field = "cybersecurity", side = "developer",
  requires = { "clean_code" },
  card = "Secure coding means treating all input as untrusted, using safe APIs such as parameterised queries, keeping dependencies patched and failing safely. Many real attacks exploit ordinary mistakes rather than exotic tricks.",
}

skill{
  id = "owasp_top10", name = "OWASP Top 10", field = "cybersecurity", side = "developer",
  requires = { "http" },
  card = "The OWASP Top 10 is a list, updated every few years, of the most critical security risks to web applications, such as broken access control and injection. It comes from the non-profit OWASP Foundation and is a common checklist for reviews and training.",
}

skill{
  id = "sql_injection", name = "SQL injection", field = "cybersecurity", side = "developer",
  requires = { "sql" },
  card = "SQL injection happens when user input is pasted into a SQL string and changes what the query does. Parameterised queries, or an ORM, send the data separately from the SQL and prevent it.",
}

skill{
  id = "xss", name = "Cross-site scripting", field = "cybersecurity", side = "developer",
  requires = { "html", "javascript" },
  card = "Cross-site scripting (XSS) lets an attacker's script run in other users' browsers, usually through input shown on a page without escaping. Escape output by default, as template engines do, and add a Content-Security-Policy header as a second layer.",
}

skill{
  id = "csrf", name = "CSRF", field = "cybersecurity", side = "developer",
  requires = { "sessions" },
  card = "Cross-site request forgery (CSRF) tricks a logged-in user's browser into sending a request they did not intend, carrying their cookies. CSRF tokens and SameSite cookies defend against it, and Django turns CSRF protection on by default.",
}

skill{
  id = "access_control", name = "Access control", field = "cybersecurity", side = "developer",
  requires = { "owasp_top10", "sessions" },
  card = "Authentication checks who a user is; authorisation checks what they may do. Check permissions on the server for every request and every object, since broken access control was the top risk in the 2021 OWASP Top 10.",
}

skill{
  id = "dependency_audit", name = "Dependency audits", field = "cybersecurity", side = "developer",
  requires = {},
  one_of = { "python", "nodejs", "java" },
  card = "Modern applications pull in many third-party packages, and any of them can have a vulnerability. Tools like pip-audit, npm audit and Dependabot flag dependencies with known vulnerabilities so they can be updated quickly.",
}

skill{
  id = "secrets_management", name = "Secrets management", field = "cybersecurity", side = "engineer",
  requires = { "git" },
  card = "Passwords, API keys and private keys must never be committed to Git, whose history keeps them even after the file is changed. Load them from the environment or a secrets manager, give each the least access it needs and rotate any that leak.",
}

skill{
  id = "nmap", name = "Nmap", field = "cybersecurity", side = "developer",
  requires = { "networking" },
  card = "Nmap is a free network scanner: a command-line program, not a Python library. It finds hosts, open ports and running services; scan only systems you own or have written permission to test.",
}

skill{
  id = "python_nmap", name = "python-nmap", field = "cybersecurity", side = "developer",
  requires = { "nmap", "python" },
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
  requires = { "architecture", "owasp_top10" },
  card = "Threat modelling asks, while designing, what could go wrong: what we protect, from whom, and where data crosses trust boundaries. Frameworks like STRIDE help list threats so the riskiest get mitigations first.",
}

skill{
  id = "app_security", name = "Securing applications", field = "cybersecurity", side = "engineer",
  requires = { "secure_coding", "access_control", "secrets_management" },
  optional = { "tls", "dependency_audit", "threat_modeling" },
  card = "Securing an application takes layers: HTTPS everywhere, strong authentication, least privilege, input validation, patched dependencies, security headers and audit logs. Each layer limits the damage when another one fails.",
}

return skills
