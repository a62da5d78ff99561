-- scripts/skills/backend.lua: role skills of the backend developer and the
-- backend engineer that belong to no single field.
-- The format of a skill card is in scripts/README.md.

local skills = {}
local function skill(t) skills[t.id] = t end

-- Backend developer: languages, databases, frameworks, everyday practice.

skill{
  id = "python", name = "Python", field = "backend", side = "developer",
  requires = {},
  card = "Python is a general-purpose language known for readable code and a large standard library. Django, Flask and FastAPI are Python web frameworks, and much data, automation and scripting work is done in Python too.",
}

skill{
  id = "java", name = "Java", field = "backend", side = "developer",
  requires = {},
  card = "Java is a statically typed, object-oriented language that compiles to bytecode for the Java Virtual Machine (JVM). It is widely used for large backend systems, often with the Spring Boot framework.",
}

skill{
  id = "nodejs", name = "Node.js", field = "backend", side = "developer",
  requires = { "javascript" },
  card = "Node.js is a runtime, not a language: it runs JavaScript outside the browser on Google's V8 engine. Its event loop and non-blocking I/O let one process serve many connections, and npm gives it a huge package ecosystem.",
}

skill{
  id = "networking", name = "Networking basics", field = "backend", side = "developer",
  requires = {},
  card = "Networks carry data in packets between IP addresses; TCP gives reliable, ordered streams and UDP quick datagrams without delivery guarantees. Services listen on ports, such as 443 for HTTPS, and DNS turns names into addresses.",
}

skill{
  id = "git", name = "Git", field = "backend", side = "developer",
  requires = {},
  card = "Git is a distributed version control system: every clone holds the full history of the project. Commits, branches and merges let a team work in parallel and see exactly what changed, when and why.",
}

skill{
  id = "debugging", name = "Debugging", field = "backend", side = "developer",
  requires = {},
  one_of = { "python", "java", "javascript", "nodejs" },
  card = "Debugging is finding why code misbehaves and fixing the cause, not just the symptom. Reproduce the bug, read the error and stack trace, then narrow it down with logs, a debugger's breakpoints or a failing test.",
}

skill{
  id = "unit_tests", name = "Unit tests", field = "backend", side = "developer",
  requires = {},
  one_of = { "python", "java", "javascript", "nodejs" },
  card = "A unit test checks one small piece of code in isolation. A change that breaks it is caught in seconds on your machine instead of in production.",
}

skill{
  id = "integration_tests", name = "Integration tests", field = "backend", side = "developer",
  requires = { "unit_tests" },
  optional = { "sql", "rest_apis" },
  card = "An integration test checks that parts work together: your code with a real database, a queue or another service. Slower than unit tests, they catch mistakes at the seams, such as a wrong SQL query or a changed API response.",
}

skill{
  id = "sql", name = "SQL", field = "backend", side = "developer",
  requires = {},
  card = "SQL is the language of relational databases such as PostgreSQL, MySQL and SQLite. Data lives in tables of rows and columns; SELECT, INSERT, UPDATE and DELETE read and change it, and JOIN combines tables.",
}

skill{
  id = "database_design", name = "Database design", field = "backend", side = "developer",
  requires = { "sql" },
  card = "Database design means choosing tables, keys and relationships so data stays consistent. Normalisation avoids storing the same fact twice, and indexes make frequent queries fast at some cost to writes.",
}

skill{
  id = "transactions", name = "Transactions", field = "backend", side = "developer",
  requires = { "sql" },
  card = "A database transaction groups changes so that either all of them happen or none do. ACID guarantees mean a transfer between two accounts is never left half done, even if the server crashes midway.",
}

skill{
  id = "nosql", name = "NoSQL databases", field = "backend", side = "developer",
  requires = {},
  optional = { "sql", "json" },
  card = "NoSQL is a broad name for non-relational databases: document stores such as MongoDB, key-value stores such as Redis and wide-column stores such as Cassandra. Each fits certain data shapes and scale, often at the cost of joins or strict consistency.",
}

skill{
  id = "business_logic", name = "Business logic", field = "backend", side = "developer",
  requires = {},
  one_of = { "python", "java", "nodejs" },
  card = "Business logic is the code that carries out the rules of the domain: who may order, how a price is calculated, when an invoice is due. Keeping it apart from web and database code makes it easier to test and change.",
}

skill{
  id = "clean_code", name = "Clean code", field = "backend", side = "developer",
  requires = { "unit_tests" },
  card = "Clean code is code others can read, change and trust: clear names, small functions, no duplicated logic and tests around it. Code is read far more often than it is written, so clarity saves the whole team time.",
}

skill{
  id = "frontend_collab", name = "Front-end teamwork", field = "backend", side = "developer",
  requires = { "rest_apis", "javascript" },
  optional = { "openapi" },
  card = "Front-end developers build what users see, and it talks to your backend through APIs. Agreeing early on endpoints, data formats and error messages, ideally in a shared API spec, avoids surprises when both sides are joined.",
}

skill{
  id = "spring_boot", name = "Spring Boot", field = "backend", side = "developer",
  requires = { "java", "http" },
  optional = { "rest_apis" },
  card = "Spring Boot is a Java framework built on Spring that starts an application with sensible defaults and an embedded web server. It is widely used for REST APIs and enterprise services.",
}

skill{
  id = "expressjs", name = "Express.js", field = "backend", side = "developer",
  requires = { "nodejs", "http" },
  card = "Express is a minimal web framework for Node.js. You register routes and middleware functions that handle each request, which makes small APIs quick to build.",
}

-- Backend engineer: design, operations, decisions, communication.

skill{
  id = "performance", name = "Performance tuning", field = "backend", side = "engineer",
  requires = { "debugging", "sql" },
  card = "Performance work starts with measuring: profile to find where time really goes before changing code. Common wins are fewer database queries, the right index, caching and moving slow work to the background.",
}

skill{
  id = "caching", name = "Caching", field = "backend", side = "engineer",
  requires = { "performance" },
  optional = { "nosql" },
  card = "A cache keeps the result of slow work, such as a database query, so the next request is fast. Redis or HTTP caching headers help, but stale data must be planned for: deciding when a cached value is no longer valid is the hard part.",
}

skill{
  id = "scalability", name = "Scalability", field = "backend", side = "engineer",
  requires = { "http" },
  optional = { "rest_apis", "performance", "caching" },
  card = "Scalability is how well a system copes with growing load. Vertical scaling buys a bigger machine; horizontal scaling adds machines behind a load balancer, which works best when servers keep no local state between requests.",
}

skill{
  id = "db_scaling", name = "Database scaling", field = "backend", side = "engineer",
  requires = { "scalability", "database_design" },
  card = "Replication copies a database to other servers for read capacity and failover; sharding splits the data across servers by a key. Both help a database grow, but add complexity in consistency and operations.",
}

skill{
  id = "architecture", name = "Architecture", field = "backend", side = "engineer",
  requires = { "business_logic", "clean_code", "rest_apis" },
  card = "Software architecture is the large-scale shape of a system: its parts, how they talk and where data lives. Good architecture makes common changes cheap, and big choices like a monolith or many services are hard to undo.",
}

skill{
  id = "system_design", name = "System design", field = "backend", side = "engineer",
  requires = { "scalability" },
  optional = { "architecture", "microservices", "message_queues", "db_scaling", "caching" },
  card = "System design is planning a whole system to meet its needs for load, data, reliability and cost. It weighs trade-offs such as one service or many, SQL or NoSQL, and direct API calls or queues.",
}

skill{
  id = "communication", name = "Communication", field = "backend", side = "engineer",
  requires = {},
  optional = { "frontend_collab" },
  card = "Engineers explain technical work to developers, managers and customers. With non-technical people, talk about effects such as risk, cost and time rather than jargon; with technical people, be precise and write it down.",
}

skill{
  id = "tech_choices", name = "Choosing technologies", field = "backend", side = "engineer",
  requires = { "architecture" },
  card = "Choosing technologies means picking languages, databases, frameworks and services that fit the problem and the team. Maturity, community, skills on the team, cost and how hard it is to switch later matter as much as features.",
}

skill{
  id = "tech_decisions", name = "Technical decisions", field = "backend", side = "engineer",
  requires = { "system_design" },
  optional = { "tech_choices", "communication" },
  card = "A technical decision is a choice between options with trade-offs, made with the team and written down. A short decision record of the context, options and reasons lets people later understand why instead of guessing.",
}

skill{
  id = "ci_cd", name = "CI/CD", field = "backend", side = "engineer",
  requires = { "git", "unit_tests", "integration_tests" },
  card = "Continuous integration builds and tests every change merged into the main branch, so breakage shows up within minutes. Continuous delivery keeps the code always releasable, and continuous deployment releases each passing change automatically.",
}

skill{
  id = "devops", name = "DevOps", field = "backend", side = "engineer",
  requires = { "ci_cd" },
  optional = { "infra_as_code", "containers" },
  card = "DevOps is a culture and set of practices in which the people who build software also help run it. Automation, shared responsibility, small frequent releases and fast feedback from production are at its core.",
}

skill{
  id = "containers", name = "Docker containers", field = "backend", side = "engineer",
  requires = { "shell_scripting" },
  card = "A container packages an application with its dependencies and runs it isolated on a shared operating system kernel. Docker builds images from a Dockerfile, so the same image runs on a laptop, in CI and in production.",
}

skill{
  id = "deployment", name = "Deployment", field = "backend", side = "engineer",
  requires = { "ci_cd" },
  optional = { "containers", "reverse_proxy" },
  card = "Deployment is getting a new version running in production safely. Rolling, blue-green and canary releases limit the damage of a bad version, and a tested way to roll back matters as much as the release itself.",
}

skill{
  id = "monitoring", name = "Monitoring", field = "backend", side = "engineer",
  requires = { "deployment" },
  optional = { "python_logging" },
  card = "Monitoring shows how a running system behaves: logs record events, metrics count things like requests and errors, and traces follow one request across services. Alerts on what users feel, such as errors and slow responses, catch trouble early.",
}

return skills
