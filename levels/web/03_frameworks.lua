-- levels/web/03_frameworks.lua: the Web Development quest, level 3.
-- Python web frameworks: Flask (routes, Jinja templates) and Django (URLs,
-- views, models and the ORM), and when to pick which.
-- Play order: Flask wing (Flask, templates, quiz) -> Django wing (gate:
-- Flask and templates; Django, quiz) -> archive (gate: Django; ORMs, exit).
return {
  format = 1,
  id = "web.frameworks",
  quest = "web",
  title = "Flask and Django",
  brief = "A web framework turns HTTP requests into calls to your code. Meet Flask and Django, "
    .. "the Python frameworks, and learn when to pick which. Talk to Rosa first; {hint} gives a hint.",
  music = "music_hub",

  map = {
    legend = {
      M = { type = "mentor", name = "Rosa", dialogue = "rosa" },
      V = { type = "review", name = "review desk" },
      K = { type = "npc", name = "Tom", dialogue = "tom" },
      S = { type = "sign", name = "framework map", speaker = "Framework map",
            text = "Flask: routes and Jinja templates built in; databases, forms and logins come "
              .. "from extensions. Django: URLs, views, templates, ORM, admin and logins built in." },
      O = { type = "sign", name = "orm note", speaker = "Note on the shelf",
            text = "An ORM writes the SQL for you, but check what it writes: a loop that runs "
              .. "one more query for every row is slow. That is the N+1 query problem." },
      F = { type = "gate", name = "django gate", requires = "flask, templates" },
      J = { type = "gate", name = "archive gate", requires = "django" },
      T = { type = "terminal", name = "flask terminal", quiz = "flask_route", tile = "desk" },
      U = { type = "terminal", name = "django terminal", quiz = "django_pick", tile = "desk" },
      ["1"] = { type = "skill", name = "flask orb", skill = "flask" },
      ["2"] = { type = "skill", name = "templates orb", skill = "templates" },
      ["3"] = { type = "skill", name = "orm orb", skill = "orm" },
      ["4"] = { type = "skill", name = "django orb", skill = "django" },
      b = { type = "bug", dir = "h", speed = 2.5 },
      v = { type = "bug", dir = "v", speed = 2 },
    },
    rows = {
      "#########################E##########################",
      "#################BBBBBBBB.BBBBBBBB#P..............P#",
      "#################.................#................#",
      "#################.BBBB.BBBB.BBBB..#..RRRR....RRRR..#",
      "#################.................#..RRRR....RRRR..#",
      "#################..BBBB.BBBB.BBBB.J........4.......#",
      "#################......b..........#................#",
      "#################.BBBB.BBBB.BBBB..#RRRRRRRR..RRRRRR#",
      "#################.................#......b.........#",
      "#################.O..........3...P#................#",
      "#################P...............P#..DDD..DDD..DDD.#",
      "###################################................#",
      "#################...............2.#RRRRRRRRRRRR..RR#",
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
      "#,,,,,,,,,,,,,,,#.................#................#",
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
      "The Flask and templates orbs are in the Flask wing, east of here. Its east gate opens "
        .. "once you know both. Bugs send you back here. The exit is in the archive, past the Django wing.",
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
        .. "west wall up there, opens once you know Django.",
    },
  },

  exercises = {
    flask_route = {
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
    django_pick = {
      kind = "choice", skill = "django", scenario = true,
      prompt = "Your team needs a database-backed site with user logins and an admin page, "
        .. "soon. Which has all of that built in?",
      choices = {
        { "Flask", why = "Flask can do it with extensions (Flask-Login...) that you choose and set up." },
        { "Django", right = true, why = "Django ships an ORM, migrations, logins and an admin site." },
        { "Jinja", why = "Jinja is a template engine: it renders pages, it is not a framework." },
      },
      explain = "\"Batteries included\" is Django's promise; Flask stays small and lets you pick.",
    },
  },

  hints = {
    "Rosa stands just above where you start: walk next to her and press {confirm}. The goal list "
      .. "at the top left shows what is left to do.",
    "The Flask wing is through the door east of the lobby. The Flask orb is at its west side, the "
      .. "templates orb at the top right. A bug walks up and down through a gap: let it pass first.",
    "The order: Flask and templates orbs, the Flask terminal, the gate on the wing's east wall, "
      .. "the Django orb and terminal, then the archive gate north-west in the Django wing.",
  },

  goals = {
    { talk = "Rosa", text = "Talk to Rosa" },
    { collect = "flask", text = "Learn Flask" },
    { answer = "flask_route", text = "Answer the Flask quiz" },
    { collect = "django", text = "Learn Django" },
    { answer = "django_pick", text = "Answer the Django quiz" },
    { collect = "orm", text = "Learn ORMs" },
  },

  -- Flask and Django are Python frameworks: finishing this floor counts as knowing Python.
  grants = { skills = { "python" }, xp = 60 },

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_answer = function(quiz, correct)
    if correct then sq.xp(20) end
  end,
}
