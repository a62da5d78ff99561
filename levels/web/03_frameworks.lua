-- levels/web/03_frameworks.lua: the Web Development quest, level 3.
-- Python web frameworks: Flask (routes, Jinja templates) and Django (URLs,
-- views, models and the ORM), and when to pick which.
-- Play order: lobby (Python orb; Rosa refreshes HTTP and HTML, which Flask
-- and templates build on, and asks three warm-ups) -> Flask wing (Flask and
-- templates orbs and terminals) -> Django wing (gate: Flask and templates
-- held; Tom, Django orb and terminal) -> archive (gate: Django held; SQL orb
-- and terminal, then the ORM orb, which needs SQL held, and its note; exit).
-- Facts (Flask 3.1 docs, Django docs, SQLite runs): levels/web/FACTS.md.

-- A terminal (or a note) shows its text, if any, then asks its quiz and the
-- exercise named by `more`.
local function ask_all(self)
  if self.props.text then sq.say(self.props.speaker or "Sign", self.props.text) end
  sq.ask({ self.props.quiz, self.props.more })
end

-- Who asks what after their talk, until it is answered right.
local asks = { Rosa = { "web_python_1", "web_http_9", "web_html_4" }, Tom = { "web_django_2" } }
local right = {}

return {
  format = 1,
  id = "web.frameworks",
  quest = "web",
  title = "Flask and Django",
  brief = "A web framework turns HTTP requests into calls to your code. Meet Flask and Django, "
    .. "the Python frameworks, and learn when to pick which. Talk to Rosa first; {hint} gives a hint.",
  music = "music_hub",
  -- What the player brings from the earlier levels (Rosa teaches both again
  -- to anyone who comes without them).
  requires = { "http", "html" },

  behaviours = {
    terminal = {
      sprite = "terminal", frames = 2, rate = 40, size = { 14, 12 }, offset = { -1, -4 }, solid = true,
      on_interact = ask_all,
    },
  },

  map = {
    legend = {
      M = { type = "mentor", name = "Rosa", dialogue = "rosa" },
      V = { type = "review", name = "review desk" },
      K = { type = "npc", name = "Tom", dialogue = "tom" },
      S = { type = "sign", name = "framework map", speaker = "Framework map",
            text = "Flask: routes and Jinja templates built in; databases, forms and logins come "
              .. "from extensions. Django: URLs, views, templates, ORM, admin and logins built in." },
      O = { type = "terminal", name = "orm note", speaker = "Note on the shelf",
            text = "An ORM writes the SQL for you, but check what it writes: a loop that runs "
              .. "one more query for every row is slow. That is the N+1 query problem.",
            quiz = "web_orm_1" },
      F = { type = "gate", name = "django gate", requires = "flask, templates" },
      J = { type = "gate", name = "archive gate", requires = "django" },
      T = { type = "terminal", name = "flask terminal", quiz = "web_flask_1", more = "web_flask_2",
            tile = "desk" },
      W = { type = "terminal", name = "templates terminal", quiz = "web_templates_1" },
      U = { type = "terminal", name = "django terminal", quiz = "web_django_1", tile = "desk" },
      Q = { type = "terminal", name = "sql terminal", quiz = "web_sql_1" },
      ["1"] = { type = "skill", name = "flask orb", skill = "flask" },
      ["2"] = { type = "skill", name = "templates orb", skill = "templates" },
      ["3"] = { type = "skill", name = "orm orb", skill = "orm" },
      ["4"] = { type = "skill", name = "django orb", skill = "django" },
      ["5"] = { type = "skill", name = "sql orb", skill = "sql" },
      ["6"] = { type = "skill", name = "python orb", skill = "python" },
      b = { type = "bug", dir = "h", speed = 2.5 },
      v = { type = "bug", dir = "v", speed = 2 },
    },
    rows = {
      "#########################E##########################",
      "#################BBBBBBBB.BBBBBBBB#P..............P#",
      "#################...........Q..5..#................#",
      "#################.BBBB.BBBB.BBBB..#..RRRR....RRRR..#",
      "#################.................#..RRRR....RRRR..#",
      "#################..BBBB.BBBB.BBBB.J........4.......#",
      "#################......b..........#................#",
      "#################.BBBB.BBBB.BBBB..#RRRRRRRR..RRRRRR#",
      "#################.................#......b.........#",
      "#################.O..........3...P#................#",
      "#################P...............P#..DDD..DDD..DDD.#",
      "###################################................#",
      "#################.............W.2.#RRRRRRRRRRRR..RR#",
      "#################.DDD..DDDD..DDD..#........v.......#",
      "#################.....b...........#................#",
      "#################DDDDDDDDD..DDDDDD#................#",
      "#################.................#..BBBB....BBBB..#",
      "#################.1.......v.....B.#................#",
      "#################........P........#..U.............#",
      "#P,,,,,,,,,,,,,P#DDDDD..DDDDDDDDD.#................#",
      "#,,,,,,,,,,,,,,,#T................F................#",
      "#,,BB,,,,,,,BB,,#.....b...........#K...............#",
      "#,,,,,,,,,,,,,,,#..DDDDDD..DDDDDDD#..DD..DD..DD..DD#",
      "#,,,,,,,6,,,,,,,#.................#................#",
      "#,,,,,S,,,,,,,,,#................P#................#",
      "#,,,,,,,,,,,,,,,..................#..DD..DD..DD..DD#",
      "#,,M,,V,,,,,,,,,....DD....DD......#................#",
      "#,@,,,,,,,,,,,,,#.................#................#",
      "#P,,,,,,,,,,,,,P#P...............P#P..............P#",
      "####################################################",
    },
  },

  dialogue = {
    rosa = {
      { "Rosa, Python developer", "Hi, I'm Rosa. You seldom handle raw HTTP yourself: a web "
        .. "framework calls your Python function for each request and turns what it returns into "
        .. "the response." },
      "Flask and Django are two popular Python web frameworks. Flask is small and lets you pick "
        .. "the other parts; Django comes with most parts included.",
      "In Flask, a route maps a URL to a function: @app.route(\"/hello\") above def hello(): "
        .. "return \"Hi!\" makes GET /hello answer \"Hi!\". Return a dict and Flask sends it as JSON.",
      "Flask fills HTML templates with Jinja: render_template(\"order.html\", order=order) "
        .. "replaces {{ order.id }} in the page with the order's id.",
      "The Python orb is here in the lobby; the Flask and templates orbs are in the Flask wing, east. "
        .. "Its east gate opens once you hold both. The exit is in the archive, past the Django wing.",
      "Flask builds on Python, HTTP and HTML, so three warm-ups first. Get one right for each and "
        .. "the Flask wing's orbs will take you.",
    },
    tom = {
      { "Tom, Django developer", "Django is 'batteries included': it comes with an ORM, "
        .. "database migrations, forms, user logins and an admin site for editing data." },
      "A urls.py file maps URL patterns to views. A view is a function or class that takes a "
        .. "request and returns a response, often a template filled with data.",
      "Models are Python classes, usually one per table. The ORM turns "
        .. "Order.objects.filter(paid=True) into an SQL query, so you seldom write SQL by hand.",
      "Which one? Flask suits small services and APIs where you choose each part. Django suits "
        .. "larger database-backed sites that need logins and an admin.",
      "The Django orb is north in this wing, past the racks. The archive gate, on this wing's "
        .. "west wall up there, opens once you hold Django. The ORM writes SQL: the archive has both.",
      "Before you go: put a request through Django in order for me.",
    },
  },

  exercises = {
    web_python_1 = {
      kind = "code", skill = "python", language = "python",
      prompt = "b unexpectedly holds 'tea' too. Which line causes it?",
      code = [[
def add_item(item, cart=[]):
    cart.append(item)
    return cart

a = add_item("tea")
b = add_item("cake")
print(b)  # ['tea', 'cake']
]],
      answer = 1,
      why = {
        [1] = "The default list is made once, when def runs, and every call shares it. Use "
          .. "cart=None, then make a new list inside.",
        [2] = "append changes the list in place, so the shared default grows.",
        [6] = "The call is fine; it gets the same default list as the first call.",
      },
      explain = "Default values are evaluated once. Never use a mutable default such as [] or {}.",
    },
    web_http_9 = {
      kind = "code", skill = "http", language = "python",
      prompt = "POST /orders saves a new order. Which line should change so the client knows that "
        .. "a new order was made?",
      code = [[
@app.post("/orders")
def create_order():
    data = request.get_json()
    order = save_order(data)
    return order.to_dict(), 200
]],
      answer = 5,
      why = {
        [5] = "200 only says OK. Return 201 Created: a new resource exists now.",
        [1] = "POST to the collection is the right way to create an order.",
        [3] = "get_json() reads the JSON body; nothing wrong here.",
      },
      explain = "Flask sends the status you return beside the body, as in (body, 201). A Location "
        .. "header can give the new order's URL.",
    },
    web_html_4 = {
      kind = "fill", skill = "html", language = "text",
      prompt = "The order form in a template must send its fields in the request body, and the "
        .. "browser should check the email's format.",
      code = "<form action=\"/orders\" method=\"{1}\">\n  <input type=\"{2}\" name=\"email\">\n"
        .. "  <button>Order</button>\n</form>",
      blanks = {
        { options = { "post", "get" }, answer = 1,
          why = { "POST sends the fields in the body.", "GET puts the fields in the URL." } },
        { options = { "email", "mail", "address" }, answer = 1,
          why = { "type=\"email\" makes the browser check the format before it sends.",
                  "Not an input type: the browser treats it as plain text.",
                  "Not an input type either." } },
      },
      explain = "The browser's check helps the user; the server must still check every field itself.",
    },
    web_flask_1 = {
      kind = "choice", skill = "flask",
      prompt = "In Flask, what does @app.route(\"/hello\") do to the function below it?",
      choices = {
        { "It runs once when the server starts", why = "It is registered at start, but it runs for each request." },
        { "It turns the function into a table", why = "Nothing becomes a table: the function stays a function." },
        { "It sends the function to the browser", why = "Code stays on the server; the browser gets its return value." },
        { "Flask calls it for requests to /hello", right = true,
          why = "The decorator registers the function as the view for that URL." },
      },
      explain = "For each request to /hello, Flask calls the view and turns its return value into "
        .. "the response.",
    },
    web_flask_2 = {
      kind = "code", skill = "flask", language = "python",
      prompt = "GET /orders/7 crashes with a TypeError. Which line is wrong?",
      code = [[
from flask import Flask

app = Flask(__name__)

@app.get("/orders/<int:order_id>")
def show_order(id):
    return {"id": id}
]],
      answer = 6,
      why = {
        [6] = "Flask passes order_id=7 as a keyword argument, so the parameter must be named order_id.",
        [5] = "<int:order_id> is right: it turns that part of the path into an int.",
        [7] = "Returning a dict is fine: Flask sends it as JSON.",
      },
      explain = "The names inside a route's <...> must match the view's parameters.",
    },
    web_templates_1 = {
      kind = "code", skill = "templates", language = "text",
      prompt = "Admins read orders in this Jinja template. Which line lets a customer's note run a "
        .. "script in the admin's browser?",
      code = [[
<h1>Order {{ order.id }}</h1>
<p>Note: {{ order.note|safe }}</p>
<ul>
{% for line in order.lines %}
  <li>{{ line.name }}</li>
{% endfor %}
</ul>
]],
      answer = 2,
      why = {
        [2] = "|safe turns escaping off, so a note holding <script> runs as code: cross-site scripting.",
        [1] = "Escaped by default: Flask autoescapes templates ending in .html.",
        [5] = "Escaped by default as well.",
      },
      explain = "Flask's Jinja escapes values in .html templates. Never mark user input safe.",
    },
    web_django_1 = {
      kind = "choice", skill = "django", scenario = true,
      prompt = "Your team needs a database-backed site with user logins and an admin page, soon. "
        .. "Which has all of that built in?",
      choices = {
        { "Flask", why = "Flask can do it with extensions (Flask-Login...) that you choose and set up." },
        { "Django", right = true, why = "Django ships an ORM, migrations, logins and an admin site." },
        { "Jinja", why = "Jinja is a template engine: it renders pages, it is not a framework." },
      },
      explain = "\"Batteries included\" is Django's promise; Flask stays small and lets you pick. "
        .. "Both are good: the needs decide.",
    },
    web_django_2 = {
      kind = "order", skill = "django",
      prompt = "Follow a request through a Django site: put the steps in order.",
      items = {
        "urls.py matches the path to a view",
        "The view function runs with the request",
        "The ORM queries the database",
        "A template renders the HTML",
        "The response goes back to the browser",
      },
      explain = "URLconf, view, model, template: Django's main parts, in the order a request meets "
        .. "them.",
    },
    web_sql_1 = {
      kind = "code", skill = "sql", language = "sql",
      prompt = "This was meant to mark order 7 as paid. Which line marked every order paid?",
      code = [[
-- mark order 7 as paid
UPDATE orders SET paid = true;
WHERE id = 7;
]],
      answer = 2,
      why = {
        [2] = "The semicolon ends the UPDATE before its WHERE: it runs for every row.",
        [3] = "On its own this line is a syntax error; the damage is already done.",
        [1] = "A comment: it says what the statement failed to do.",
      },
      explain = "An UPDATE or DELETE without WHERE hits every row. Run risky statements inside BEGIN, "
        .. "check the row count, then COMMIT.",
    },
    web_orm_1 = {
      kind = "code", skill = "orm", language = "python",
      prompt = "Listing 50 orders runs 51 queries. Which line runs a query for each order?",
      code = [[
def order_list(request):
    orders = Order.objects.all()[:50]
    rows = []
    for o in orders:
        rows.append((o.id, o.customer.name))
    return render(request, "orders.html",
                  {"rows": rows})
]],
      answer = 5,
      why = {
        [5] = "o.customer loads each order's customer with a query of its own: the N+1 problem.",
        [2] = "The fix goes here: Order.objects.select_related(\"customer\") joins the customers in.",
        [4] = "Looping is fine; the query inside the loop is the problem.",
      },
      explain = "select_related (foreign keys) or prefetch_related (many-to-many, reverse) loads "
        .. "related rows up front.",
    },
  },

  hints = {
    "Rosa stands just above where you start: walk next to her and press {confirm}. The goal list "
      .. "at the top left shows what is left to do.",
    "The Flask wing is through the door east of the lobby. The Flask orb is at its west side, the "
      .. "templates orb at the top right. A bug walks up and down through a gap: let it pass first.",
    "The order: Rosa's warm-ups, the Python orb, then the Flask and templates orbs and terminals, "
      .. "the gate on the wing's east wall, Django, then the archive gate north-west.",
    "In the archive, the ORM orb waits until you hold SQL: use the SQL terminal first.",
  },

  goals = {
    { talk = "Rosa", text = "Talk to Rosa",
      hint = "Rosa is {where:Rosa}: walk next to her and press {confirm}." },
    { collect = "python", text = "Hold Python",
      hint = "The Python orb is {where:python orb}; Rosa's warm-ups ask about it." },
    { collect = "flask", text = "Hold Flask",
      hint = "The Flask wing is through the door east of the lobby: the orb is {where:flask orb}, its terminal {where:flask terminal}. A bug walks up and down a gap: let it pass." },
    { collect = "templates", text = "Hold HTML templates",
      hint = "The templates orb is {where:templates orb}, its terminal {where:templates terminal}." },
    { collect = "django", text = "Hold Django",
      hint = "Through the gate on the wing's east wall: the Django orb is {where:django orb}." },
    { collect = "orm", text = "Hold ORMs (SQL first)",
      hint = "In the archive north-west, the ORM orb waits for SQL: the SQL terminal is {where:sql terminal}, the ORM orb {where:orm orb}." },
  },

  grants = { xp = 60 },

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_interact = function(e)
    -- Flask builds on HTTP and templates on HTML: Rosa teaches them again to
    -- anyone who comes without them (no card for those who know them).
    if e.name == "Rosa" then
      sq.grant("http")
      sq.grant("html")
    end
    local list = {}
    for _, id in ipairs(asks[e.name] or {}) do
      if not right[id] then list[#list + 1] = id end
    end
    if #list > 0 then sq.ask(list) end
  end,

  on_answer = function(id, correct)
    if correct then
      right[id] = true
      sq.xp(10)
    end
  end,
}
