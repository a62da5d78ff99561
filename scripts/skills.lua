-- scripts/skills.lua: the skill catalogue.
--
-- Returns a table that maps a skill id to its description. Nothing else may be
-- stored in the returned table. Each skill has:
--   id       lowercase snake_case, unique; equals the key it is stored under
--   name     shown on cards, at most 24 characters
--   field    the curriculum field it belongs to (list below)
--   side     "developer" (a junior backend developer can reach it) or
--            "engineer" (design, architecture, operations, leadership)
--   requires skill ids that are ALL needed before this one
--   one_of   optional: at least one of these skill ids is needed
--   optional optional: skill ids that help but are not needed
--   card     2-3 plain sentences, at most 300 characters: what it is and why
--            a backend engineer cares
--
-- Field ids:
--   web            Web Development
--   data_science   Data Science and Machine Learning
--   web_scraping   Web Scraping
--   cybersecurity  Cybersecurity
--   ai_frameworks  AI and Machine Learning Frameworks
--   quantum        Quantum Computing
--   cryptography   Cryptography
--   mentoring      Mentoring and Teaching
--   automation     Automation and Scripting
--   game_dev       Game Development
--   apis           APIs and Microservices
--   iot            Internet of Things
--   backend        role skills of the backend developer and backend engineer
--                  that belong to no single field
--
-- Prerequisites (requires and one_of) must not form cycles. Check the file
-- with: lua5.4 tests/lua/check_skills.lua scripts/skills.lua

local skills = {}
local function skill(t) skills[t.id] = t end

--------------------------------------------------------------------------------
-- backend: the two roles
--------------------------------------------------------------------------------

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
  requires = { "performance" },
  optional = { "caching" },
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
  requires = { "architecture", "scalability" },
  optional = { "microservices", "message_queues", "db_scaling" },
  card = "System design is planning a whole system to meet its needs for load, data, reliability and cost. It weighs trade-offs such as one service or many, SQL or NoSQL, and direct API calls or queues.",
}

skill{
  id = "communication", name = "Communication", field = "backend", side = "engineer",
  requires = { "frontend_collab" },
  card = "Engineers explain technical work to developers, managers and customers. With non-technical people, talk about effects such as risk, cost and time rather than jargon; with technical people, be precise and write it down.",
}

skill{
  id = "tech_choices", name = "Choosing technologies", field = "backend", side = "engineer",
  requires = { "architecture" },
  card = "Choosing technologies means picking languages, databases, frameworks and services that fit the problem and the team. Maturity, community, skills on the team, cost and how hard it is to switch later matter as much as features.",
}

skill{
  id = "tech_decisions", name = "Technical decisions", field = "backend", side = "engineer",
  requires = { "tech_choices", "communication" },
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

--------------------------------------------------------------------------------
-- web: Web Development
--------------------------------------------------------------------------------

skill{
  id = "http", name = "HTTP", field = "web", side = "developer",
  requires = {},
  optional = { "networking" },
  card = "HTTP is the request-response protocol of the web. A client sends a method such as GET or POST and a path; the server answers with a status code, like 200 OK or 404 Not Found, and a body.",
}

skill{
  id = "html", name = "HTML", field = "web", side = "developer",
  requires = {},
  card = "HTML gives a web page its structure: headings, paragraphs, links and forms. A backend either renders HTML itself or serves the data a page displays.",
}

skill{
  id = "css", name = "CSS", field = "web", side = "developer",
  requires = { "html" },
  card = "CSS styles HTML: layout, colours and fonts. Selectors choose elements, and the cascade decides which rule wins when several apply.",
}

skill{
  id = "javascript", name = "JavaScript", field = "web", side = "developer",
  requires = { "html" },
  card = "JavaScript runs in every web browser, and with Node.js on servers too. Front-end code calls your backend's APIs, for example with fetch().",
}

skill{
  id = "json", name = "JSON", field = "web", side = "developer",
  requires = {},
  optional = { "javascript" },
  card = "JSON (JavaScript Object Notation) is a text format for data made of objects, arrays, strings, numbers, true, false and null. Most web APIs send and receive JSON, and nearly every language can read and write it.",
}

skill{
  id = "flask", name = "Flask", field = "web", side = "developer",
  requires = { "python", "http" },
  card = "Flask is a small Python web framework: you map URLs to functions with decorators and return a response. Databases, forms and login come from extensions you choose, which keeps it simple to start and flexible.",
}

skill{
  id = "django", name = "Django", field = "web", side = "developer",
  requires = { "python", "http" },
  optional = { "sql" },
  card = "Django is a 'batteries included' Python web framework. It comes with an ORM, migrations, an admin site, forms and authentication, so a database-backed site needs little extra code.",
}

skill{
  id = "templates", name = "HTML templates", field = "web", side = "developer",
  requires = { "html" },
  one_of = { "flask", "django" },
  card = "A template engine fills HTML with data on the server: Flask uses Jinja and Django has its own template language. Both escape inserted values by default, which blocks many cross-site scripting bugs.",
}

skill{
  id = "web_forms", name = "Forms and validation", field = "web", side = "developer",
  requires = { "html", "http" },
  card = "HTML forms send user input to the server, usually in a POST request. The server must validate every field itself, because any check done only in the browser can be bypassed.",
}

skill{
  id = "sessions", name = "Cookies and sessions", field = "web", side = "developer",
  requires = { "http" },
  card = "HTTP is stateless, so sites use cookies to recognise a returning browser. A session cookie often holds only a random ID that points to data on the server, and flags such as HttpOnly, Secure and SameSite make it safer.",
}

skill{
  id = "orm", name = "ORMs", field = "web", side = "developer",
  requires = { "sql" },
  one_of = { "flask", "django" },
  card = "An object-relational mapper (ORM), such as the Django ORM or SQLAlchemy, maps tables to classes so queries are written in Python. It saves boilerplate, but you still need SQL to spot slow patterns like the N+1 query problem.",
}

skill{
  id = "db_migrations", name = "Schema migrations", field = "web", side = "developer",
  requires = { "orm" },
  card = "A migration is a versioned script that changes a database schema, such as adding a column. Tools like Django migrations or Alembic apply them in order, so every environment's database matches the code.",
}

skill{
  id = "cors", name = "CORS", field = "web", side = "developer",
  requires = { "http", "javascript" },
  card = "Browsers stop a page's scripts from reading responses from another origin unless that server allows it. Cross-Origin Resource Sharing (CORS) headers such as Access-Control-Allow-Origin tell the browser which origins may read your API.",
}

skill{
  id = "wsgi_asgi", name = "WSGI and ASGI", field = "web", side = "engineer",
  requires = {},
  one_of = { "flask", "django" },
  card = "WSGI is the standard interface between Python web servers such as Gunicorn and apps such as Flask and Django. ASGI is an asynchronous successor to it, used by FastAPI and by Django's async support, with servers like Uvicorn.",
}

skill{
  id = "reverse_proxy", name = "Reverse proxies", field = "web", side = "engineer",
  requires = { "http", "wsgi_asgi" },
  card = "A reverse proxy such as Nginx sits in front of your application servers. It can terminate TLS, serve static files, buffer slow clients and spread requests across several app processes.",
}

--------------------------------------------------------------------------------
-- data_science: Data Science and Machine Learning
--------------------------------------------------------------------------------

skill{
  id = "linear_algebra", name = "Linear algebra", field = "data_science", side = "developer",
  requires = {},
  card = "Linear algebra is the maths of vectors and matrices. Machine learning models are largely matrix operations, and quantum states and gates are written as vectors and matrices too.",
}

skill{
  id = "statistics", name = "Statistics basics", field = "data_science", side = "developer",
  requires = {},
  card = "Statistics describes data and its uncertainty with ideas like mean, median, spread and correlation. It keeps you from reading noise as a trend, and percentiles such as p99 are a common way to report backend latency.",
}

skill{
  id = "jupyter", name = "Jupyter notebooks", field = "data_science", side = "developer",
  requires = { "python" },
  card = "Jupyter notebooks mix code, output, charts and notes in one document that runs in the browser. They are great for exploring data, but code headed for production usually moves into tested modules.",
}

skill{
  id = "numpy", name = "NumPy", field = "data_science", side = "developer",
  requires = { "python" },
  card = "NumPy gives Python fast n-dimensional arrays and vectorised maths implemented in C. Much of the Python data stack, including pandas and scikit-learn, is built on it.",
}

skill{
  id = "pandas", name = "pandas", field = "data_science", side = "developer",
  requires = { "numpy" },
  card = "pandas adds DataFrames to Python: labelled tables you can filter, group, join and reshape. It reads CSV, Excel, JSON and SQL sources, which makes it a common tool for reports and data clean-up.",
}

skill{
  id = "matplotlib", name = "Matplotlib", field = "data_science", side = "developer",
  requires = { "numpy" },
  card = "Matplotlib is Python's foundational plotting library for line charts, histograms, scatter plots and more. A quick chart often reveals a trend or an outlier that a table of numbers hides.",
}

skill{
  id = "data_cleaning", name = "Data cleaning", field = "data_science", side = "developer",
  requires = { "pandas" },
  card = "Real data has missing values, duplicates, typos and mixed formats. Cleaning it, and recording how, often takes longer than modelling, and a model is only as good as the data it learns from.",
}

skill{
  id = "ml_basics", name = "Machine learning basics", field = "data_science", side = "developer",
  requires = { "statistics", "numpy" },
  card = "Machine learning builds models that learn patterns from examples instead of following hand-written rules. In supervised learning the examples come with answers (labels); in unsupervised learning the model looks for structure, such as clusters, by itself.",
}

skill{
  id = "scikit_learn", name = "scikit-learn", field = "data_science", side = "developer",
  requires = { "ml_basics", "numpy" },
  optional = { "pandas" },
  card = "scikit-learn is a widely used Python library for classical machine learning: regression, classification, clustering and preprocessing. Its models share the same fit and predict methods, so trying another algorithm is often a one-line change.",
}

skill{
  id = "model_evaluation", name = "Model evaluation", field = "data_science", side = "developer",
  requires = { "scikit_learn" },
  card = "A model must be judged on data it has never seen, so data is split into training and test sets or cross-validated. A model that scores well on its training data but badly on new data is overfitting.",
}

skill{
  id = "feature_engineering", name = "Feature engineering", field = "data_science", side = "developer",
  requires = { "pandas", "ml_basics" },
  card = "Feature engineering turns raw data into inputs a model can use: scaling numbers, encoding categories, extracting parts of dates. Good features often help a model more than a fancier algorithm.",
}

skill{
  id = "neural_networks", name = "Neural networks", field = "data_science", side = "developer",
  requires = { "ml_basics", "linear_algebra" },
  card = "A neural network is layers of simple units that weight their inputs, add them up and apply a non-linear function. Training adjusts the weights by gradient descent, with backpropagation computing how each weight affected the error.",
}

skill{
  id = "data_pipelines", name = "Data pipelines", field = "data_science", side = "engineer",
  requires = { "data_cleaning", "sql" },
  card = "A data pipeline moves data from its sources through cleaning and transformation to where it is used, on a schedule or as a stream. Pipelines must be repeatable and monitored, because silently wrong data can be worse than a crash.",
}

--------------------------------------------------------------------------------
-- ai_frameworks: AI and Machine Learning Frameworks
--------------------------------------------------------------------------------

skill{
  id = "deep_learning", name = "Deep learning", field = "ai_frameworks", side = "developer",
  requires = { "neural_networks" },
  card = "Deep learning uses neural networks with many layers, trained on large data sets. It drives modern image, speech and language models, and in practice it is done with frameworks such as PyTorch, TensorFlow or JAX.",
}

skill{
  id = "pytorch", name = "PyTorch", field = "ai_frameworks", side = "developer",
  requires = { "python", "deep_learning" },
  optional = { "numpy" },
  card = "PyTorch is an open-source deep learning framework first developed at Facebook (now Meta). Models are ordinary Python code working on tensors, with automatic differentiation for training, which makes them easy to debug.",
}

skill{
  id = "tensorflow", name = "TensorFlow", field = "ai_frameworks", side = "developer",
  requires = { "python", "deep_learning" },
  optional = { "numpy" },
  card = "TensorFlow is Google's open-source machine learning platform. Beyond training, it has tools for running models in production, such as TensorFlow Serving for servers and TensorFlow Lite (now called LiteRT) for phones and small devices.",
}

skill{
  id = "jax", name = "JAX", field = "ai_frameworks", side = "developer",
  requires = { "numpy", "deep_learning" },
  card = "JAX is a Python library from Google for NumPy-style array code with automatic differentiation and XLA compilation for CPUs, GPUs and TPUs. It is popular in research and is one of the backends Keras 3 can use.",
}

skill{
  id = "keras", name = "Keras", field = "ai_frameworks", side = "developer",
  requires = { "deep_learning" },
  one_of = { "tensorflow", "pytorch", "jax" },
  card = "Keras is a high-level API for building and training neural networks layer by layer. Keras 3 can run on TensorFlow, JAX or PyTorch as its backend, so the same model code can move between them.",
}

skill{
  id = "gpu_acceleration", name = "GPU acceleration", field = "ai_frameworks", side = "developer",
  requires = { "deep_learning" },
  one_of = { "pytorch", "tensorflow", "jax" },
  card = "GPUs run thousands of arithmetic operations in parallel, which suits the matrix maths of neural networks and often makes training many times faster than on a CPU. GPU time is also expensive, so using it well matters.",
}

skill{
  id = "transfer_learning", name = "Transfer learning", field = "ai_frameworks", side = "developer",
  requires = { "deep_learning" },
  card = "Transfer learning starts from a model pretrained on a large data set and fine-tunes it on your smaller one. It needs far less data and computing power than training from scratch.",
}

skill{
  id = "hugging_face", name = "Hugging Face models", field = "ai_frameworks", side = "developer",
  requires = { "transfer_learning" },
  one_of = { "pytorch", "tensorflow", "jax" },
  card = "Hugging Face runs a hub of shared pretrained models and data sets, and its Transformers library loads many of them in a few lines of Python. Check a model's licence and model card before using it in a product.",
}

skill{
  id = "model_serving", name = "Model serving", field = "ai_frameworks", side = "engineer",
  requires = { "rest_apis" },
  one_of = { "pytorch", "tensorflow", "keras", "scikit_learn" },
  card = "Serving puts a trained model behind an API so other services can ask it for predictions. It brings backend concerns to machine learning: latency, batching requests, hardware cost, model versions and rolling back a bad one.",
}

skill{
  id = "onnx", name = "ONNX", field = "ai_frameworks", side = "engineer",
  requires = {},
  one_of = { "pytorch", "tensorflow", "scikit_learn" },
  card = "ONNX (Open Neural Network Exchange) is an open file format for machine learning models. A model trained in PyTorch or another framework can be exported to ONNX and run with ONNX Runtime, without the training framework installed.",
}

skill{
  id = "mlops", name = "MLOps", field = "ai_frameworks", side = "engineer",
  requires = { "model_serving", "ci_cd" },
  card = "MLOps applies DevOps habits to machine learning: versioned data and models, reproducible training, automated checks and monitoring of live models. Accuracy can drift as real-world data changes, so a model needs watching like any other service.",
}

--------------------------------------------------------------------------------
-- web_scraping: Web Scraping
--------------------------------------------------------------------------------

skill{
  id = "requests_lib", name = "Requests library", field = "web_scraping", side = "developer",
  requires = { "python", "http" },
  card = "Requests is a popular third-party Python library for making HTTP calls: requests.get(url) returns a response with its status code, headers and body. It is a usual first tool for fetching pages and calling APIs.",
}

skill{
  id = "beautifulsoup", name = "Beautiful Soup", field = "web_scraping", side = "developer",
  requires = { "python", "html" },
  optional = { "requests_lib" },
  card = "Beautiful Soup is a Python library that turns messy HTML or XML into a tree you can search by tag, attribute or CSS selector. It does not download pages itself, so it is paired with an HTTP client such as Requests.",
}

skill{
  id = "lxml", name = "lxml", field = "web_scraping", side = "developer",
  requires = { "python", "html" },
  card = "lxml is a fast Python library for parsing HTML and XML, built on the C libraries libxml2 and libxslt. It supports XPath queries, and Beautiful Soup can use it as its parser.",
}

skill{
  id = "selectors", name = "Selectors and XPath", field = "web_scraping", side = "developer",
  requires = { "html", "css" },
  card = "CSS selectors such as div.price and XPath expressions such as //a/@href point at parts of a page. Choosing stable ones, like IDs rather than positions, makes a scraper break less often when the site changes.",
}

skill{
  id = "extraction", name = "Extraction techniques", field = "web_scraping", side = "developer",
  requires = { "selectors" },
  one_of = { "beautifulsoup", "lxml" },
  card = "Extracting data takes more than one selector: follow pagination and links, normalise text, dates and prices, and remove duplicate records. Keeping the raw HTML lets you parse it again later without fetching it again.",
}

skill{
  id = "scrapy", name = "Scrapy", field = "web_scraping", side = "developer",
  requires = { "python", "http", "selectors" },
  card = "Scrapy is an open-source Python framework for crawling websites and extracting data. You write spiders that yield requests and items; Scrapy runs requests concurrently and passes items through pipelines for cleaning and storage.",
}

skill{
  id = "robots_txt", name = "robots.txt", field = "web_scraping", side = "developer",
  requires = { "http" },
  card = "robots.txt is a file at the root of a site that tells crawlers which paths they may visit. It is a convention, standardised as RFC 9309, not access control, and respecting it is part of scraping responsibly.",
}

skill{
  id = "polite_crawling", name = "Polite crawling", field = "web_scraping", side = "developer",
  requires = { "robots_txt" },
  card = "Polite crawlers limit their request rate, identify themselves with an honest User-Agent, avoid fetching the same page twice and back off on errors like 429 Too Many Requests. Crawling too fast can overload a small site.",
}

skill{
  id = "headless_browsers", name = "Headless browsers", field = "web_scraping", side = "developer",
  requires = { "python", "javascript" },
  card = "Some pages build their content with JavaScript, so the raw HTML is nearly empty. Tools like Playwright and Selenium drive a real browser, often headless, to render them; it is slow, so first look for the JSON API the page itself calls.",
}

skill{
  id = "scraping_ethics", name = "Scraping law and ethics", field = "web_scraping", side = "developer",
  requires = { "robots_txt" },
  card = "Public pages are not automatically free to copy: terms of service, copyright and privacy laws such as the GDPR may apply, and rules differ by country. Prefer an official API when there is one, and collect only the data you need.",
}

skill{
  id = "crawl_at_scale", name = "Crawling at scale", field = "web_scraping", side = "engineer",
  requires = { "scrapy", "polite_crawling" },
  optional = { "message_queues" },
  card = "Large crawls need a queue of URLs to visit, deduplication, retries, per-site rate limits and storage for results, often spread over many workers. Monitoring matters, because a site redesign can silently break extraction.",
}

--------------------------------------------------------------------------------
-- cybersecurity: Cybersecurity
--------------------------------------------------------------------------------

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

--------------------------------------------------------------------------------
-- cryptography: Cryptography
--------------------------------------------------------------------------------

skill{
  id = "hashing", name = "Hash functions", field = "cryptography", side = "developer",
  requires = {},
  card = "A cryptographic hash such as SHA-256 turns any data into a fixed-size fingerprint, and changing a single bit gives an unrelated-looking hash. Hashes check integrity, but they are not encryption: the data cannot be recovered from them.",
}

skill{
  id = "symmetric_encryption", name = "Symmetric encryption", field = "cryptography", side = "developer",
  requires = {},
  card = "Symmetric encryption uses one secret key both to encrypt and to decrypt, as AES does. It is fast enough for bulk data, but both sides need the same key, which must be shared safely.",
}

skill{
  id = "public_key", name = "Public-key crypto", field = "cryptography", side = "developer",
  requires = { "symmetric_encryption" },
  card = "Public-key cryptography uses a key pair: a public key anyone may have and a private key kept secret. It lets strangers agree on shared keys and verify signatures; RSA and elliptic-curve algorithms are common.",
}

skill{
  id = "digital_signatures", name = "Digital signatures", field = "cryptography", side = "developer",
  requires = { "public_key", "hashing" },
  card = "A digital signature, made with a private key, shows who signed some data and that it was not changed; anyone with the public key can check it. TLS certificates, signed software updates and some JWTs rely on signatures.",
}

skill{
  id = "hmac", name = "HMAC", field = "cryptography", side = "developer",
  requires = { "hashing" },
  card = "An HMAC combines a secret key with a hash function to make a tag proving a message came from someone holding the key and was not altered. Webhooks and many API request-signing schemes use HMAC-SHA256.",
}

skill{
  id = "password_hashing", name = "Password hashing", field = "cryptography", side = "developer",
  requires = { "hashing" },
  card = "Store passwords with a slow, salted password hashing function such as Argon2, bcrypt or scrypt, never in plain text or with a fast hash alone. A unique salt per password and a high cost factor make stolen hashes expensive to crack.",
}

skill{
  id = "secure_random", name = "Secure randomness", field = "cryptography", side = "developer",
  requires = { "python" },
  card = "Tokens, keys and password reset links need unpredictable random values. In Python use the secrets module or os.urandom, not the random module, whose output can be predicted.",
}

skill{
  id = "aead", name = "Authenticated encryption", field = "cryptography", side = "developer",
  requires = { "symmetric_encryption", "hmac" },
  card = "Authenticated encryption, such as AES-GCM or ChaCha20-Poly1305, encrypts data and also detects any tampering with it. Use a library's AEAD mode rather than combining a cipher and a MAC yourself, and never reuse a nonce with the same key.",
}

skill{
  id = "tls", name = "TLS and HTTPS", field = "cryptography", side = "developer",
  requires = { "public_key", "http" },
  optional = { "digital_signatures" },
  card = "TLS encrypts and authenticates network connections, and HTTPS is HTTP over TLS. The server proves its identity with a certificate signed by a trusted authority, and free certificates from Let's Encrypt helped make HTTPS the norm.",
}

skill{
  id = "cryptography_lib", name = "cryptography (Python)", field = "cryptography", side = "developer",
  requires = { "python", "symmetric_encryption" },
  optional = { "aead" },
  card = "cryptography is a widely used, maintained Python package from the Python Cryptographic Authority (PyCA). Its high-level recipes, such as Fernet for encrypting tokens, are hard to misuse; low-level primitives live in a 'hazmat' module named as a warning.",
}

skill{
  id = "pycryptodome", name = "PyCryptodome", field = "cryptography", side = "developer",
  requires = { "python", "symmetric_encryption" },
  optional = { "pycrypto" },
  card = "PyCryptodome is the maintained fork of the old PyCrypto library, with ciphers such as AES and ChaCha20, hashes and public-key algorithms. It installs as the Crypto package, a near drop-in replacement, or as Cryptodome via pycryptodomex.",
}

skill{
  id = "key_management", name = "Key management", field = "cryptography", side = "engineer",
  requires = { "public_key", "secrets_management" },
  card = "Encryption is only as safe as its keys. Key management covers generating, storing, rotating and revoking keys, often with a cloud key management service or a hardware security module, so that one leak does not expose everything.",
}

skill{
  id = "post_quantum", name = "Post-quantum crypto", field = "cryptography", side = "engineer",
  requires = { "public_key" },
  optional = { "shor" },
  card = "A large quantum computer could break RSA and elliptic-curve cryptography with Shor's algorithm. NIST published its first post-quantum standards in 2024, such as ML-KEM for key establishment, and long-lived systems need years to migrate.",
}

--------------------------------------------------------------------------------
-- mentoring: Mentoring and Teaching
--------------------------------------------------------------------------------

skill{
  id = "documentation", name = "Writing docs", field = "mentoring", side = "developer",
  requires = {},
  card = "Good documentation says what a thing is for, how to set it up and how to use it, with examples that work. A clear README and API docs save every newcomer, and your future self, hours.",
}

skill{
  id = "code_review", name = "Code review", field = "mentoring", side = "developer",
  requires = { "git", "clean_code" },
  card = "In code review a teammate reads a change before it is merged. Kind, specific comments about correctness, clarity and tests catch bugs and spread knowledge through the team in both directions.",
}

skill{
  id = "pair_programming", name = "Pair programming", field = "mentoring", side = "developer",
  requires = {},
  card = "In pair programming two people work on one problem at one screen: one types while the other reviews and thinks ahead, and they swap often. It is a fast way to share knowledge and to bring a newcomer into a codebase.",
}

skill{
  id = "giving_feedback", name = "Giving feedback", field = "mentoring", side = "developer",
  requires = {},
  card = "Useful feedback is specific, timely and about the work, not the person: what you saw, its effect and a suggestion. Asking a good question often teaches more than handing over the answer.",
}

skill{
  id = "tutorials", name = "Writing tutorials", field = "mentoring", side = "developer",
  requires = { "documentation" },
  card = "A tutorial leads a beginner step by step to a working result. Test every step from a clean start, state the versions you used and explain why as well as what, so readers can adapt it.",
}

skill{
  id = "tech_blogging", name = "Educational blogging", field = "mentoring", side = "developer",
  requires = { "documentation" },
  card = "Writing posts about something you learned, a bug you solved or a design you chose sharpens your own understanding and helps others. Contributing to team, company or community blogs also makes your work visible.",
}

skill{
  id = "mentoring", name = "Mentoring", field = "mentoring", side = "engineer",
  requires = { "code_review", "giving_feedback", "pair_programming" },
  card = "A mentor helps someone grow through regular conversations, reviews and advice. Good mentors listen, ask questions, let the mentee solve problems and share the context that is not written down anywhere.",
}

skill{
  id = "tech_talks", name = "Tech talks", field = "mentoring", side = "engineer",
  requires = { "documentation" },
  optional = { "tech_blogging" },
  card = "Presenting at a team meeting, meetup or conference teaches you to explain a topic clearly to a given audience. Keep one main idea, show real examples and leave time for questions.",
}

skill{
  id = "creating_courses", name = "Creating courses", field = "mentoring", side = "engineer",
  requires = { "tutorials", "tech_talks" },
  card = "A course is a planned path through a topic: clear learning goals, lessons in a sensible order, exercises and feedback. Exercises with automatic checks, like tests, show learners what they have really understood.",
}

skill{
  id = "onboarding", name = "Onboarding newcomers", field = "mentoring", side = "engineer",
  requires = { "mentoring", "documentation" },
  card = "Onboarding brings a new team member to productive work: a working development setup, a guided first task, a buddy and up-to-date docs. Each newcomer's questions reveal gaps in the documentation worth fixing.",
}

--------------------------------------------------------------------------------
-- automation: Automation and Scripting
--------------------------------------------------------------------------------

skill{
  id = "os_module", name = "os module", field = "automation", side = "developer",
  requires = { "python" },
  card = "os is a Python standard library module for talking to the operating system: environment variables through os.environ, directories, files and processes. Its os.path part joins and splits file paths in a way that works on Windows, macOS and Linux.",
}

skill{
  id = "sys_module", name = "sys module", field = "automation", side = "developer",
  requires = { "python" },
  card = "sys is a Python standard library module for the interpreter itself: sys.argv holds command-line arguments, sys.exit ends a script with a status code and sys.path lists where imports are searched. Scripts also read and write sys.stdin, sys.stdout and sys.stderr.",
}

skill{
  id = "shutil_module", name = "shutil module", field = "automation", side = "developer",
  requires = { "os_module" },
  card = "shutil is a Python standard library module for high-level file operations: copying files and whole directory trees, moving, deleting trees, making archives and checking disk usage. shutil.rmtree deletes without asking, so check paths twice.",
}

skill{
  id = "pathlib", name = "pathlib", field = "automation", side = "developer",
  requires = { "python" },
  optional = { "os_module" },
  card = "pathlib is a standard library module, added in Python 3.4, that treats file paths as objects. Path('logs') / 'app.log' joins paths, and methods like exists(), read_text() and glob() replace many os.path calls.",
}

skill{
  id = "subprocess", name = "subprocess module", field = "automation", side = "developer",
  requires = { "python" },
  card = "The subprocess module runs other programs from Python and captures their output and exit code; subprocess.run is the usual entry point. Pass arguments as a list rather than one shell string to avoid shell injection.",
}

skill{
  id = "argparse", name = "argparse", field = "automation", side = "developer",
  requires = { "sys_module" },
  card = "argparse is the standard library module for command-line interfaces. It parses options and arguments, checks their types and generates --help text, so a script is easy to reuse and hard to misuse.",
}

skill{
  id = "python_logging", name = "logging module", field = "automation", side = "developer",
  requires = { "python" },
  card = "Python's logging module records events with levels such as DEBUG, INFO, WARNING and ERROR and sends them to the console, files or other handlers. Unlike print, logging can be filtered and formatted, and it is what you read when a script fails at night.",
}

skill{
  id = "regex", name = "Regular expressions", field = "automation", side = "developer",
  requires = {},
  optional = { "python" },
  card = "A regular expression is a pattern for matching text, such as \\d{4}-\\d{2}-\\d{2} for a date. Python's re module uses them to search logs, validate formats and extract fields; keep patterns small and tested, as complex ones are hard to read.",
}

skill{
  id = "shell_scripting", name = "Shell scripting", field = "automation", side = "developer",
  requires = {},
  card = "Shell scripts, most often for Bash, chain commands, pipes and files to automate work on Linux and macOS. They suit short glue tasks, and a line like set -euo pipefail helps a script stop on errors instead of carrying on.",
}

skill{
  id = "cron_jobs", name = "Scheduled jobs (cron)", field = "automation", side = "developer",
  requires = { "shell_scripting" },
  card = "cron runs commands on a schedule on Unix-like systems; a crontab line gives the minute, hour, day of month, month and day of week, then the command. Scheduled jobs should log their output, because nobody watches them run.",
}

skill{
  id = "sysadmin_scripts", name = "Sysadmin scripting", field = "automation", side = "developer",
  requires = { "os_module", "sys_module", "shutil_module", "subprocess" },
  optional = { "python_logging", "argparse", "cron_jobs" },
  card = "System administration scripts automate routine work: cleaning up old logs, backups, creating users, checking disk space, restarting services. Give them a dry-run option and good logging, since a script repeats a mistake as fast as it repeats work.",
}

skill{
  id = "idempotent_scripts", name = "Idempotent automation", field = "automation", side = "engineer",
  requires = { "sysadmin_scripts" },
  card = "An idempotent script gives the same result whether it runs once or twice: it checks before it creates, copies or deletes. That makes retries and scheduled runs safe, and it is a core idea behind tools like Ansible.",
}

skill{
  id = "infra_as_code", name = "Infrastructure as code", field = "automation", side = "engineer",
  requires = { "idempotent_scripts", "git" },
  card = "Infrastructure as code describes servers, networks and databases in versioned files that a tool such as Terraform or Ansible applies. Environments become reproducible, and changes to them are reviewed like any other code.",
}

--------------------------------------------------------------------------------
-- game_dev: Game Development
--------------------------------------------------------------------------------

skill{
  id = "game_loop", name = "The game loop", field = "game_dev", side = "developer",
  requires = {},
  card = "A game runs a loop many times per second: read input, update the world, draw the frame. Everything else, from physics to enemy behaviour, runs inside that loop, and game servers run a similar loop whose steps are called ticks.",
}

skill{
  id = "delta_time", name = "Frame-rate independence", field = "game_dev", side = "developer",
  requires = { "game_loop" },
  card = "Frames do not all take the same time, so movement is scaled by the time since the last frame, or the game is updated in fixed time steps. Otherwise a game would run faster on a faster computer.",
}

skill{
  id = "vector_math", name = "Vector maths", field = "game_dev", side = "developer",
  requires = {},
  optional = { "linear_algebra" },
  card = "Positions, velocities and directions in games are vectors. Adding, scaling and normalising vectors, plus the dot product for angles, covers most 2D movement, aiming and steering.",
}

skill{
  id = "sprites", name = "Sprites and animation", field = "game_dev", side = "developer",
  requires = { "game_loop" },
  card = "A sprite is a 2D image drawn in the game world, and animation swaps between frames from a sprite sheet over time. Packing many frames into one texture keeps drawing fast.",
}

skill{
  id = "collision", name = "Collision detection", field = "game_dev", side = "developer",
  requires = { "vector_math" },
  card = "Collision detection finds when objects overlap, often using simple shapes like axis-aligned rectangles or circles. Testing every pair is slow with many objects, so games first sort objects into a spatial structure such as a grid.",
}

skill{
  id = "tilemaps", name = "Tile maps", field = "game_dev", side = "developer",
  requires = { "sprites" },
  card = "A tile map builds a level from a grid of small reusable images. Editors such as Tiled save maps with layers and objects that a game loads at run time.",
}

skill{
  id = "pygame", name = "Pygame", field = "game_dev", side = "developer",
  requires = { "python", "game_loop" },
  card = "Pygame is a set of Python modules for writing 2D games, built on the SDL library for graphics, sound and input. You write the game loop yourself, which makes it a good way to learn how games work.",
}

skill{
  id = "panda3d", name = "Panda3D", field = "game_dev", side = "developer",
  requires = { "python", "vector_math" },
  card = "Panda3D is an open-source 3D game engine with a Python API and a core written in C++, first developed at Disney and later with Carnegie Mellon University. It handles rendering, a scene graph, audio and loading models.",
}

skill{
  id = "scene_graph", name = "Scene graphs", field = "game_dev", side = "developer",
  requires = { "vector_math" },
  optional = { "panda3d" },
  card = "A scene graph is a tree of objects in which each child is positioned relative to its parent, so moving a ship moves its crew too. Panda3D and many other 3D engines organise their worlds this way.",
}

skill{
  id = "game_scripting", name = "Game scripting (Lua)", field = "game_dev", side = "developer",
  requires = { "game_loop" },
  card = "Many engines run game logic in an embedded scripting language such as Lua, while the core stays in C or C++. Designers can change behaviour without recompiling, and a sandbox limits what scripts can do.",
}

skill{
  id = "game_servers", name = "Multiplayer servers", field = "game_dev", side = "engineer",
  requires = { "game_loop", "delta_time", "networking" },
  card = "Many multiplayer games use an authoritative server that runs the simulation, while clients send input and predict movement to hide latency. Fast-paced games often use UDP, since a late update is often worse than a lost one.",
}

skill{
  id = "game_backend", name = "Game backend services", field = "game_dev", side = "engineer",
  requires = { "rest_apis", "sql" },
  optional = { "caching", "rate_limiting" },
  card = "Around the game itself run ordinary backend services: accounts, saved games, leaderboards, matchmaking and stores. Launch days bring sudden traffic spikes, so these services need caching, rate limiting and room to scale out.",
}

--------------------------------------------------------------------------------
-- apis: APIs and Microservices
--------------------------------------------------------------------------------

skill{
  id = "rest_apis", name = "REST APIs", field = "apis", side = "developer",
  requires = { "http", "json" },
  card = "REST is a style for web APIs: resources have URLs, HTTP methods such as GET, POST, PUT and DELETE say what to do with them, and status codes report the result. Request and response bodies are usually JSON.",
}

skill{
  id = "api_design", name = "API design", field = "apis", side = "developer",
  requires = { "rest_apis" },
  card = "A good API is consistent and predictable: clear resource names, correct status codes, useful error bodies and pagination for long lists. Methods like PUT and DELETE should be idempotent, so clients can safely retry them.",
}

skill{
  id = "api_consuming", name = "Consuming APIs", field = "apis", side = "developer",
  requires = { "rest_apis" },
  optional = { "requests_lib" },
  card = "Calling someone else's API means reading its docs, handling authentication, setting timeouts and retrying with backoff when it fails or rate-limits you. Never assume a remote service is fast or even up.",
}

skill{
  id = "openapi", name = "OpenAPI", field = "apis", side = "developer",
  requires = { "rest_apis" },
  card = "OpenAPI is a standard, machine-readable format in YAML or JSON for describing HTTP APIs: paths, parameters, schemas and responses. Tools turn one spec into documentation, client code and tests, and FastAPI generates it for you.",
}

skill{
  id = "pydantic", name = "Pydantic", field = "apis", side = "developer",
  requires = { "python" },
  card = "Pydantic validates data using Python type hints: you declare a model class, and input is parsed and checked against it, with clear errors when it does not fit. FastAPI uses it for request and response bodies.",
}

skill{
  id = "fastapi", name = "FastAPI", field = "apis", side = "developer",
  requires = { "python", "rest_apis", "pydantic" },
  card = "FastAPI is a Python framework for building APIs, built on Starlette for the web parts and Pydantic for data validation. Type hints drive validation and automatic OpenAPI docs, and endpoints can be async.",
}

skill{
  id = "api_auth", name = "API authentication", field = "apis", side = "developer",
  requires = { "rest_apis" },
  card = "An API must know who is calling: API keys identify a program, bearer tokens stand for a logged-in user, and OAuth 2.0 lets users grant an app limited access. Credentials should only ever travel over HTTPS.",
}

skill{
  id = "jwt", name = "JSON Web Tokens", field = "apis", side = "developer",
  requires = { "api_auth", "json" },
  optional = { "hmac", "digital_signatures" },
  card = "A JWT is a compact token carrying JSON claims, such as a user ID and an expiry time, protected by a signature or MAC. Servers can check it without a database lookup, but its payload is only encoded, not encrypted, and it is hard to revoke early.",
}

skill{
  id = "graphql", name = "GraphQL", field = "apis", side = "developer",
  requires = { "http", "json" },
  card = "GraphQL is a query language for APIs, created at Facebook and open-sourced in 2015. Clients ask one endpoint for exactly the fields they need, and a typed schema describes everything that can be queried.",
}

skill{
  id = "oauth2", name = "OAuth 2.0", field = "apis", side = "engineer",
  requires = { "api_auth", "tls" },
  card = "OAuth 2.0 is a framework for delegated authorisation: a user lets an app access their data at another service without giving it their password. OpenID Connect adds login on top of it and is behind many 'Sign in with' buttons.",
}

skill{
  id = "grpc", name = "gRPC", field = "apis", side = "engineer",
  requires = { "rest_apis" },
  card = "gRPC is an open-source RPC framework that uses HTTP/2 and Protocol Buffers, a compact binary format described by schema files. It is often used between internal services, where speed and generated client code matter more than browser support.",
}

skill{
  id = "api_versioning", name = "API versioning", field = "apis", side = "engineer",
  requires = { "api_design" },
  card = "Once clients depend on an API, breaking changes hurt them. Versions such as /v1/ in the path, adding fields instead of changing them and announcing deprecations early let an API evolve without breaking anyone.",
}

skill{
  id = "rate_limiting", name = "Rate limiting", field = "apis", side = "engineer",
  requires = { "api_design" },
  card = "Rate limiting caps how many requests a client may make in a time window, protecting a service from overload and abuse. Over the limit, an HTTP API answers 429 Too Many Requests, ideally with a Retry-After header.",
}

skill{
  id = "microservices", name = "Microservices", field = "apis", side = "engineer",
  requires = { "rest_apis", "architecture" },
  one_of = { "flask", "fastapi", "django", "spring_boot", "expressjs" },
  card = "Microservices split an application into small services that each own their data and can be deployed on their own. Teams gain autonomy and separate scaling but pay with network failures and more to operate, so many start with a well-structured monolith.",
}

skill{
  id = "api_gateway", name = "API gateways", field = "apis", side = "engineer",
  requires = { "microservices" },
  optional = { "rate_limiting" },
  card = "An API gateway is a single entry point in front of many services. It routes requests and handles shared concerns such as authentication, rate limiting, TLS and logging, so each service does not have to.",
}

skill{
  id = "message_queues", name = "Message queues", field = "apis", side = "engineer",
  requires = { "rest_apis" },
  optional = { "microservices" },
  card = "Message brokers such as RabbitMQ, and event streaming platforms such as Apache Kafka, let services exchange messages without both being up at the same moment. Slow work moves to background workers, but consumers must cope with duplicate or late messages.",
}

--------------------------------------------------------------------------------
-- iot: Internet of Things
--------------------------------------------------------------------------------

skill{
  id = "iot_basics", name = "IoT basics", field = "iot", side = "developer",
  requires = { "networking" },
  card = "The Internet of Things connects everyday devices, such as sensors, thermostats and meters, to networks so they can report data and be controlled remotely. A backend collects their readings, stores them and sends commands back.",
}

skill{
  id = "raspberry_pi", name = "Raspberry Pi", field = "iot", side = "developer",
  requires = {},
  optional = { "python", "iot_basics" },
  card = "The Raspberry Pi is a small, low-cost single-board computer that usually runs Linux. With Python and its GPIO pins it is a popular platform for learning, IoT prototypes and home projects.",
}

skill{
  id = "gpio", name = "GPIO pins", field = "iot", side = "developer",
  requires = { "raspberry_pi", "python" },
  card = "General-purpose input/output (GPIO) pins let a program read buttons and sensors and switch LEDs or relays. On a Raspberry Pi, Python libraries such as gpiozero make this short; the pins use 3.3 V, and 5 V signals can damage them.",
}

skill{
  id = "sensors", name = "Sensors and actuators", field = "iot", side = "developer",
  requires = { "iot_basics" },
  card = "Sensors measure the world, such as temperature, light or motion; actuators act on it, such as motors, valves and relays. Readings are noisy and devices fail, so IoT code filters data and expects missing values.",
}

skill{
  id = "micropython", name = "MicroPython", field = "iot", side = "developer",
  requires = { "python", "iot_basics" },
  card = "MicroPython is a lean implementation of Python 3 for microcontrollers such as the Raspberry Pi Pico and the ESP32. It brings Python to boards with only kilobytes of RAM, where a full Linux computer would be overkill.",
}

skill{
  id = "mqtt", name = "MQTT", field = "iot", side = "developer",
  requires = { "iot_basics" },
  card = "MQTT is a lightweight publish/subscribe messaging protocol, not a library. Devices publish messages to topics such as home/kitchen/temp on a broker, and every subscriber to that topic receives them, which suits small devices on unreliable networks.",
}

skill{
  id = "paho_mqtt", name = "paho-mqtt", field = "iot", side = "developer",
  requires = { "mqtt", "python" },
  card = "paho-mqtt is the Eclipse Paho MQTT client library for Python. It connects to a broker, publishes messages and calls your callback functions when messages arrive on topics you subscribed to.",
}

skill{
  id = "mqtt_broker", name = "MQTT brokers", field = "iot", side = "engineer",
  requires = { "mqtt" },
  card = "A broker such as Eclipse Mosquitto receives every MQTT message and passes it on to subscribers. Quality of service levels 0, 1 and 2 trade speed for delivery guarantees, and retained messages give new subscribers the last known value.",
}

skill{
  id = "iot_security", name = "IoT security", field = "iot", side = "engineer",
  requires = { "mqtt", "tls" },
  card = "Devices often sit unattended for years on untrusted networks. Unique credentials instead of default passwords, TLS on every connection, signed firmware updates and few open ports are the basics.",
}

skill{
  id = "time_series", name = "Time-series data", field = "iot", side = "engineer",
  requires = { "sensors", "sql" },
  card = "Sensor readings are time-series data: timestamped values that arrive constantly. Databases such as InfluxDB or TimescaleDB store them efficiently, and downsampling old data to averages keeps storage under control.",
}

skill{
  id = "ota_updates", name = "Over-the-air updates", field = "iot", side = "engineer",
  requires = { "iot_security" },
  card = "Over-the-air (OTA) updates deliver new firmware to devices in the field. Updates must be signed, rolled out gradually and able to fall back to the previous version, because a broken device may be far away.",
}

--------------------------------------------------------------------------------
-- quantum: Quantum Computing
--------------------------------------------------------------------------------

skill{
  id = "qubits", name = "Qubits", field = "quantum", side = "developer",
  requires = {},
  optional = { "linear_algebra" },
  card = "A qubit is the basic unit of quantum information. Measured, it gives 0 or 1, but before that its state combines both, with complex amplitudes that set the probability of each result.",
}

skill{
  id = "superposition", name = "Superposition", field = "quantum", side = "developer",
  requires = { "qubits" },
  card = "Superposition means a qubit's state is a weighted combination of 0 and 1, not a hidden value that is secretly one of them. Quantum algorithms work by making the amplitudes of wrong answers cancel out and those of right answers add up.",
}

skill{
  id = "quantum_measurement", name = "Measurement", field = "quantum", side = "developer",
  requires = { "superposition" },
  card = "Measuring a qubit gives a single 0 or 1 at random, with probabilities set by its state, and the superposition is lost. So circuits are run many times, called shots, and results are read as counts.",
}

skill{
  id = "entanglement", name = "Entanglement", field = "quantum", side = "developer",
  requires = { "superposition" },
  card = "Entangled qubits share one joint state, so their measurement results are correlated in ways no separate descriptions can explain. It is a key resource for quantum algorithms, but it cannot send messages faster than light.",
}

skill{
  id = "quantum_gates", name = "Quantum gates", field = "quantum", side = "developer",
  requires = { "qubits" },
  optional = { "linear_algebra" },
  card = "Quantum gates change qubit states as logic gates change bits; mathematically they are unitary matrices, so they are reversible. Common ones are X (a NOT), H (Hadamard, which creates a superposition) and CNOT, which can entangle two qubits.",
}

skill{
  id = "quantum_circuits", name = "Quantum circuits", field = "quantum", side = "developer",
  requires = { "quantum_gates", "quantum_measurement" },
  card = "A quantum circuit is a sequence of gates applied to qubits, usually ending in measurements, and is drawn as wires with gates on them. It is the most common way to write quantum programs today.",
}

skill{
  id = "qiskit", name = "Qiskit", field = "quantum", side = "developer",
  requires = { "python", "quantum_circuits" },
  card = "Qiskit is IBM's open-source Python SDK for quantum computing. You build circuits in Python, run them on a simulator or on IBM quantum hardware through the cloud, and analyse the results.",
}

skill{
  id = "quantum_simulators", name = "Quantum simulators", field = "quantum", side = "developer",
  requires = { "qiskit" },
  card = "A simulator runs quantum circuits on an ordinary computer, which is ideal for learning and testing. An exact simulation stores 2^n complex amplitudes for n qubits, so memory doubles with each added qubit and only a few dozen qubits are feasible.",
}

skill{
  id = "quantum_noise", name = "Noise and errors", field = "quantum", side = "engineer",
  requires = { "qiskit", "quantum_measurement" },
  card = "Today's quantum hardware is noisy: qubits lose their state quickly and gates make errors, which limits how long a circuit can be. Error correction encodes one logical qubit in many physical ones, and making that work at scale is still an open challenge.",
}

skill{
  id = "quantum_cloud", name = "Quantum in the cloud", field = "quantum", side = "engineer",
  requires = { "qiskit", "quantum_noise" },
  card = "Real quantum processors are used as cloud services, such as IBM Quantum, by submitting jobs to a queue. Results come back later and vary from run to run, much like calling a slow, busy remote API.",
}

skill{
  id = "grover", name = "Grover's algorithm", field = "quantum", side = "engineer",
  requires = { "quantum_circuits", "superposition" },
  card = "Grover's algorithm searches N unstructured items in about the square root of N steps instead of about N. That is a quadratic speedup, not an exponential one, which is why doubling symmetric key lengths is generally considered enough defence.",
}

skill{
  id = "shor", name = "Shor's algorithm", field = "quantum", side = "engineer",
  requires = { "quantum_circuits", "entanglement" },
  card = "Shor's algorithm factors large numbers, and a variant solves discrete logarithms, fast enough on a large error-corrected quantum computer to break RSA and elliptic-curve cryptography. No machine today comes close, but it is why post-quantum cryptography exists.",
}

return skills
