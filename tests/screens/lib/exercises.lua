-- tests/screens/lib/exercises.lua: one exercise of each kind, for the golden
-- images of the exercise screen; level(kind) builds a small room whose
-- on_start asks that kind's exercise half a second in.
local E = {}

E.exercises = {
  shot_choice = {
    kind = "choice", skill = "http",
    prompt = "Which of these methods are idempotent: sending the request twice leaves the "
      .. "server as once? Pick all that apply.",
    choices = {
      { "GET", right = true, why = "A safe method: it changes nothing on the server." },
      { "PUT", right = true, why = "Puts the same state in place each time." },
      { "DELETE", right = true, why = "Gone once is gone; the second call changes nothing more." },
      { "POST", why = "Each POST may create one more order: not idempotent." },
      { "PATCH", why = "RFC 5789 does not make PATCH idempotent; it may append." },
    },
    explain = "RFC 9110: PUT, DELETE and the safe methods are idempotent, so a client may "
      .. "retry them after a lost response.",
  },
  shot_order = {
    kind = "order", skill = "http",
    prompt = "A browser opens https://example.com for the first time. Put the steps in order.",
    items = {
      "Look up the name in DNS",
      "Open a TCP connection",
      "Run the TLS handshake",
      "Send the HTTP request",
      "Read the response",
    },
    explain = "The address comes first, then a connection, then encryption; only then does "
      .. "HTTP flow, inside TLS.",
  },
  shot_sort = {
    kind = "sort", skill = "http",
    prompt = "Sort the responses by who should act on them.",
    bins = { "Success", "Client error", "Server error" },
    items = {
      { "201 Created", bin = 1, why = "2xx: the request worked." },
      { "404 Not Found", bin = 2, why = "4xx: nothing at that address; the client asked wrong." },
      { "503 Service Unavailable", bin = 3, why = "5xx: the server cannot answer now." },
      { "401 Unauthorized", bin = 2, why = "4xx: the client must send credentials." },
    },
    explain = "The first digit tells who acts: 2 all is well, 4 the client, 5 the server.",
  },
  shot_code = {
    kind = "code", skill = "sql", language = "python",
    prompt = "Which line lets a visitor read every user's row?",
    code = [[
@app.get("/users")
def find_user():
    name = request.args["name"]
    sql = f"SELECT * FROM users WHERE name = '{name}'"
    return db.execute(sql).fetchall()]],
    answer = 4,
    why = {
      [3] = "Reading the query string is fine; what is done with it is the problem.",
      [4] = "The name goes into the SQL text: ' OR '1'='1 changes the query.",
      [5] = "execute() is safe with placeholders; the text it is given is the problem.",
    },
    explain = "Pass values apart from the SQL: db.execute(\"... WHERE name = ?\", (name,)).",
  },
  shot_fill = {
    kind = "fill", skill = "http", language = "shell",
    prompt = "Create a user from the JSON in user.json.",
    code = "curl -X {1} -H \"Content-Type: {2}\" \\\n     --data @user.json https://api.example.com/users",
    blanks = {
      { options = { "POST", "GET", "DELETE" }, answer = 1,
        why = { "POST sends a new resource to a collection.", "GET reads; it sends no body.",
                "DELETE removes; it creates nothing." } },
      { options = { "application/json", "text/html", "image/png" }, answer = 1,
        why = { "The body is JSON: say so.", "The body is not a web page.",
                "The body is not a picture." } },
    },
    explain = "-X sets the method and -H a header; --data @file sends the file as the body.",
  },
}

function E.level(kind)
  return {
    format = 1,
    id = "screens.exercise_" .. kind,
    quest = "web",
    title = "Exercise: " .. kind,
    map = { rows = { "#####", "#.@.#", "##E##" } },
    exercises = { ["shot_" .. kind] = E.exercises["shot_" .. kind] },
    -- Asked a moment after the brief, so a replay can set the text size first.
    on_start = function() sq.after(0.5, function() sq.ask("shot_" .. kind) end) end,
  }
end

return E
