-- scripts/skills/web.lua: the skills of Web Development.
-- The format of a skill card is in scripts/README.md.

local skills = {}
local function skill(t) skills[t.id] = t end

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
  card = "A reverse proxy such as Nginx sits in front of your application servers. It can terminate TLS, serve static files, buffer slow clients and spread requests across app processes. Tell the app how many proxies to trust, or clients can fake their IP.",
}

return skills
