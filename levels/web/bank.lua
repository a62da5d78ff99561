-- levels/web/bank.lua: the Web Development quest's review-only exercises.
-- Review desks draw them, and a terminal asks one of them in place of an
-- exercise missed a moment ago. Each skill the quest teaches has items in
-- its levels too; together they give it 3 or more items of 2 or more kinds.
-- What each fact was checked against: levels/web/FACTS.md.
return {
  format = 1,
  quest = "web",
  exercises = {

    web_http_8 = {
      kind = "sort", skill = "http",
      prompt = "Sort the status codes into their classes.",
      bins = { "2xx success", "3xx redirect", "4xx client", "5xx server" },
      items = {
        { "201 Created", bin = 1, why = "A new resource was made." },
        { "204 No Content", bin = 1, why = "A success with no body to send." },
        { "301 Moved Permanently", bin = 2, why = "The resource has a new URL for good." },
        { "304 Not Modified", bin = 2, why = "The copy the client has cached is still good." },
        { "401 Unauthorized", bin = 3, why = "The client must authenticate first." },
        { "422 Unprocessable Content", bin = 3, why = "Well-formed, but the content breaks a rule." },
        { "503 Service Unavailable", bin = 4, why = "The server cannot handle it right now." },
      },
      explain = "The first digit says who must act: 2xx all went well, 3xx look elsewhere, 4xx the "
        .. "client must change the request, 5xx the server failed.",
    },

    web_python_2 = {
      kind = "fill", skill = "python", language = "python",
      prompt = "Keep only the paid orders. Each order is a dict like {\"id\": 7, \"paid\": True}.",
      code = "paid = [o for o in orders if o{1}]",
      blanks = {
        { options = { "[\"paid\"]", ".paid", "(paid)" }, answer = 1,
          why = { "A dict's values are read with square brackets and the key.",
                  "Attribute access works on objects, not dict keys: AttributeError.",
                  "That would try to call the dict: TypeError." } },
      },
      explain = "A list comprehension with an if filters a list in one readable line.",
    },

    web_python_3 = {
      kind = "choice", skill = "python", scenario = true,
      prompt = "You start a new Flask project next to an old one that needs older library "
        .. "versions. What do you do first?",
      choices = {
        { "Make a virtual environment for it: python3 -m venv .venv", right = true,
          why = "Each project gets its own packages, so their versions never clash." },
        { "sudo pip install flask", why = "That installs into the system Python; newer Linux systems refuse it (PEP 668)." },
        { "Upgrade the old project's libraries", why = "That may break the old project for no reason." },
        { "Copy the old project's folder", why = "That copies its old dependencies and its problems too." },
      },
      explain = "One virtual environment per project, with its dependencies listed in a file "
        .. "(requirements.txt or pyproject.toml).",
    },

    web_flask_3 = {
      kind = "fill", skill = "flask", language = "python",
      prompt = "Answer a missing order with a JSON error and the right status.",
      code = "@app.get(\"/orders/<int:order_id>\")\ndef show_order(order_id):\n"
        .. "    order = db.get(order_id)\n    if order is None:\n"
        .. "        return {\"error\": \"no such order\"}, {1}\n    return order.to_dict()",
      blanks = {
        { options = { "404", "200", "500" }, answer = 1,
          why = { "Nothing exists at that path: 404 Not Found.",
                  "200 would report a success with an error in the body.",
                  "The server did not fail; the order just does not exist." } },
      },
      explain = "A Flask view may return (body, status); a dict body is sent as JSON.",
    },

    web_templates_2 = {
      kind = "fill", skill = "templates", language = "text",
      prompt = "List the order's lines in a Jinja template.",
      code = "<ul>\n{% {1} line in order.lines %}\n  <li>{{ line.name }}</li>\n{% {2} %}\n</ul>",
      blanks = {
        { options = { "for", "each", "loop" }, answer = 1,
          why = { "Jinja loops with {% for x in xs %}.", "each is not a Jinja keyword.",
                  "loop is a variable inside a for block, not a tag." } },
        { options = { "endfor", "end", "done" }, answer = 1,
          why = { "A for block ends with endfor.", "Jinja blocks end with end plus the tag's name.",
                  "done is not a Jinja tag." } },
      },
      explain = "{% ... %} holds statements such as for and if; {{ ... }} prints a value, escaped.",
    },

    web_templates_3 = {
      kind = "choice", skill = "templates", scenario = true,
      prompt = "A teammate wants users to bold words in their profile, and proposes Markup(bio) "
        .. "so the tags show. Your reply?",
      choices = {
        { "No: that trusts user HTML. Use Markdown and a sanitiser", right = true,
          why = "Markup() marks the text safe, so a <script> in a bio would run for every visitor." },
        { "Yes: users are logged in, so it is safe", why = "Logged-in users can be attackers, or be hacked." },
        { "Yes, but only on the profile page", why = "One page is enough for a script to act as every visitor." },
        { "Escape it twice to be sure", why = "Then the tags show as text and nothing is bold." },
      },
      explain = "Autoescaping blocks most cross-site scripting. If users need formatting, render a "
        .. "small safe subset and sanitise the result.",
    },

    web_templates_4 = {
      kind = "choice", skill = "templates", scenario = true,
      prompt = "The shop's product pages must show up in search results and load fast on cheap "
        .. "phones. Where do you build their HTML?",
      choices = {
        { "On the server, with Jinja templates", right = true,
          why = "The HTML arrives ready: the page shows before any script runs, and crawlers read it." },
        { "In the browser: a script fetches JSON and builds it", why = "The page waits for the script to "
          .. "load and run; some crawlers and link previews see an empty page." },
        { "As one image per product", why = "Text in an image cannot be searched, read aloud or translated." },
      },
      explain = "Server rendering suits pages people land on; rendering in the browser suits "
        .. "app-like screens after login. Many sites mix both.",
    },

    web_django_3 = {
      kind = "fill", skill = "django", language = "shell",
      prompt = "You changed a model. Write the migration, then apply it to the database.",
      code = "python manage.py {1}\npython manage.py {2}",
      blanks = {
        { options = { "makemigrations", "migrate", "runserver" }, answer = 1,
          why = { "Writes a migration file from the model changes.",
                  "Applies migrations, but the new one is not written yet.",
                  "Starts the development server." } },
        { options = { "migrate", "makemigrations", "shell" }, answer = 1,
          why = { "Applies the waiting migrations to the database.",
                  "Would only look for changes again.", "Opens a Python shell." } },
      },
      explain = "makemigrations writes the change as a file you commit; migrate applies it, in "
        .. "every environment.",
    },

    web_orm_2 = {
      kind = "fill", skill = "orm", language = "python",
      prompt = "Get all paid orders with the Django ORM.",
      code = "paid = Order.objects.{1}(paid=True)",
      blanks = {
        { options = { "filter", "get", "where" }, answer = 1,
          why = { "filter returns a QuerySet of every matching row.",
                  "get returns exactly one object and raises an error if several match.",
                  "A Django QuerySet has no where method." } },
      },
      explain = "QuerySets are lazy: the SQL runs when you loop over, slice or count them.",
    },

    web_orm_3 = {
      kind = "choice", skill = "orm", scenario = true,
      prompt = "A page built with the ORM got slow as the shop grew. What is your first step?",
      choices = {
        { "Read the SQL it runs, e.g. in Django Debug Toolbar", right = true,
          why = "You see how many queries run and which are slow, then fix the real cause." },
        { "Drop the ORM and write all the SQL by hand", why = "A big rewrite before you know the cause." },
        { "Put a cache in front of the page", why = "That may hide the problem while it grows." },
        { "Buy a bigger database server", why = "Costly, and N+1 queries grow with the data anyway." },
      },
      explain = "An ORM writes SQL for you; reading that SQL is still your job.",
    },

    web_sql_2 = {
      kind = "fill", skill = "sql", language = "sql",
      prompt = "Count the orders of each customer.",
      code = "SELECT c.name, COUNT(*)\nFROM orders o\nJOIN customers c ON c.id = o.customer_id\n{1} c.name;",
      blanks = {
        { options = { "GROUP BY", "ORDER BY", "WHERE" }, answer = 1,
          why = { "GROUP BY makes one row per customer for COUNT to count.",
                  "ORDER BY only sorts; PostgreSQL refuses c.name beside COUNT(*) without GROUP BY.",
                  "WHERE filters rows and needs a condition, not a column." } },
      },
      explain = "Aggregates such as COUNT and SUM work per group; GROUP BY says what a group is.",
    },

    web_sql_3 = {
      kind = "choice", skill = "sql", scenario = true,
      prompt = "A report needs each customer's number of orders. Where do you count them?",
      choices = {
        { "In SQL, with GROUP BY: one query, a row per customer", right = true,
          why = "The database counts next to the data and sends back only the results." },
        { "Load every order into Python and count there", why = "Moves every row over the network to throw most away." },
        { "Run one COUNT query per customer", why = "N queries where one would do." },
        { "Count them in the template", why = "Templates should show data, not compute it." },
      },
      explain = "Let the database filter, join and count: it is built for it.",
    },

    web_debugging_3 = {
      kind = "order", skill = "debugging",
      prompt = "Put the steps of fixing a bug in order.",
      items = {
        "Reproduce the bug",
        "Write a test that fails because of it",
        "Find the cause",
        "Fix it and watch the test pass",
        "Keep the test in the suite",
      },
      explain = "The failing test proves the bug, then proves the fix, then stops the bug from "
        .. "coming back.",
    },

    web_git_2 = {
      kind = "order", skill = "git",
      prompt = "Fix a bug on a branch and get it reviewed: put the steps in order.",
      items = {
        "git switch -c fix-total",
        "Edit the code and run the tests",
        "git add cart.py",
        "git commit -m \"Fix total for empty cart\"",
        "git push -u origin fix-total",
        "Open a pull request for review",
      },
      explain = "Branch, change, stage, commit, push, review: the everyday loop of a team that "
        .. "uses Git.",
    },

    web_wsgi_asgi_2 = {
      kind = "sort", skill = "wsgi_asgi",
      prompt = "WSGI or ASGI: which does each belong to?",
      bins = { "WSGI", "ASGI" },
      items = {
        { "Flask under Gunicorn's sync workers", bin = 1,
          why = "Flask is a WSGI app, and Gunicorn's default workers speak WSGI." },
        { "The interface PEP 3333 defines", bin = 1, why = "PEP 3333 is WSGI for Python 3." },
        { "Django's wsgi.py under mod_wsgi", bin = 1, why = "wsgi.py is Django's WSGI entry point." },
        { "FastAPI served by Uvicorn", bin = 2,
          why = "FastAPI is an ASGI framework and Uvicorn an ASGI server." },
        { "A WebSocket chat that stays open", bin = 2,
          why = "WSGI is one request, one response; ASGI adds long-lived connections." },
        { "Django's asgi.py under Uvicorn", bin = 2,
          why = "Django ships both entry points; asgi.py runs its async views on an event loop." },
      },
      explain = "WSGI: a request in, a response out, one worker busy meanwhile. ASGI: async, with "
        .. "long-lived connections. Django speaks both.",
    },

    web_wsgi_asgi_4 = {
      kind = "choice", skill = "wsgi_asgi", scenario = true,
      prompt = "The shop wants a live order-status page over WebSockets; the rest stays Flask on "
        .. "Gunicorn. How do you serve the live part?",
      choices = {
        { "A small ASGI app under Uvicorn, behind the same Nginx", right = true,
          why = "ASGI keeps WebSockets open on an event loop; Nginx sends /live/ there and the rest to Gunicorn." },
        { "More Gunicorn sync workers", why = "Each open socket would hold a worker for its whole "
          .. "life, and WSGI has no WebSocket interface." },
        { "Poll /orders/7 from the page 10 times a second", why = "It works, but it is heavy load for "
          .. "a status that changes a few times a day." },
        { "Let the browser read PostgreSQL directly", why = "A database is never opened to browsers." },
      },
      explain = "Pick the interface for the job: WSGI for request and response, ASGI for async work "
        .. "and long-lived connections. One proxy can front both.",
    },

    web_reverse_proxy_3 = {
      kind = "code", skill = "reverse_proxy", language = "python",
      prompt = "One proxy, Nginx, sits in front of this app. Which line lets a client fake the IP "
        .. "address that the login log records?",
      code = [[
from flask import Flask, request
from werkzeug.middleware.proxy_fix import ProxyFix

app = Flask(__name__)
app.wsgi_app = ProxyFix(app.wsgi_app, x_for=2)

@app.post("/login")
def login():
    log_attempt(request.remote_addr)
    return check_password()
]],
      answer = 5,
      why = {
        [5] = "x_for=2 trusts two X-Forwarded-For entries, but only Nginx adds one: the other is "
          .. "whatever the client sent. Use x_for=1.",
        [2] = "ProxyFix is the tool Flask's docs name for running behind a proxy.",
        [9] = "remote_addr is the right value to log, once ProxyFix trusts the right number of proxies.",
      },
      explain = "A client can send any header. Tell ProxyFix exactly how many proxies set each "
        .. "header, so it trusts only what they added.",
    },
  },
}
