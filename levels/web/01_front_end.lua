-- levels/web/01_front_end.lua: the Web Development quest, level 1.
-- What a backend serves to the browser: HTML for structure, CSS for style
-- and JavaScript, which calls the backend's APIs with fetch().
-- Play order: library (HTML orb, the shelf asks) -> CSS studio (gate: HTML
-- held; Sam and the terminal ask) -> JavaScript lab (gate: CSS held; Jo and
-- the terminal ask) -> exit in the lab's top wall.
-- Facts (MDN and the Fetch standard, Selectors specificity): levels/web/FACTS.md.

-- A terminal (or the docs shelf) shows its text, if any, then asks its quiz
-- and the exercise named by `more`.
local function ask_all(self)
  if self.props.text then sq.say(self.props.speaker or "Sign", self.props.text) end
  sq.ask({ self.props.quiz, self.props.more })
end

-- Who asks what after their talk, until it is answered right.
local asks = { Sam = { "web_css_2" }, Jo = { "web_javascript_2" } }
local right = {}

return {
  format = 1,
  id = "web.front_end",
  quest = "web",
  title = "What the Browser Gets",
  brief = "Your backend will send pages and data to web browsers. Learn what browsers do with "
    .. "them: HTML, CSS and JavaScript. Walk with {move}; {confirm} talks, {hint} gives a hint.",
  music = "music_hub",

  behaviours = {
    terminal = {
      sprite = "terminal", frames = 2, rate = 40, size = { 14, 12 }, offset = { -1, -4 }, solid = true,
      on_interact = ask_all,
    },
    shelf = { sprite = "bookshelf", solid = true, on_interact = ask_all },
  },

  map = {
    legend = {
      M = { type = "mentor", name = "Mira", dialogue = "mira" },
      N = { type = "npc", name = "Sam", dialogue = "sam" },
      J = { type = "npc", name = "Jo", dialogue = "jo" },
      S = { type = "shelf", name = "docs shelf", speaker = "Docs shelf",
            text = "An HTML page: <html> holds <head>, with the title and links to CSS files, "
              .. "and <body>, with everything the visitor sees.",
            quiz = "web_html_2", more = "web_html_3" },
      G = { type = "gate", name = "css gate", requires = "html" },
      H = { type = "gate", name = "javascript gate", requires = "css" },
      T = { type = "terminal", name = "css terminal", quiz = "web_css_1", more = "web_css_3",
            tile = "desk" },
      U = { type = "terminal", name = "javascript terminal", quiz = "web_javascript_1",
            more = "web_javascript_3", tile = "server_rack" },
      ["2"] = { type = "skill", name = "html orb", skill = "html" },
      ["3"] = { type = "skill", name = "css orb", skill = "css" },
      ["4"] = { type = "skill", name = "javascript orb", skill = "javascript" },
      b = { type = "bug", dir = "h", speed = 2.5 },
      v = { type = "bug", dir = "v", speed = 2 },
    },
    rows = {
      "###########################E####################",
      "###############BBBBBBBBBB#.....................#",
      "###############....2.....#RRRRRRRRRRURRRRRRRR..#",
      "###############.BBBBBBBB.#..............b......#",
      "###############..........#.....................#",
      "###############BBBB..BBBB#..RRRRRRRRRRRRRRRRRRR#",
      "###############..v.......#.....b...............#",
      "###############.S......P.#.........4...........#",
      "###############..........#RRRRRRRRRRRRRRRRRR...#",
      "###############P........P#..J..................#",
      "###################..###############H###########",
      "#P...........P#................................#",
      "#.............#..DDDD..DDDD..P...DDDD..DDDD....#",
      "#..DD.....DD..#..DDDD..DDDD......DDDD..DDDD....#",
      "#........................b...........P.........#",
      "#..................................b...........#",
      "#.............#P..............................P#",
      "#.............######################G###########",
      "#........................#,,,,,,,,,,,,,,,,,,,,,#",
      "#........................#,,,,,,,,,,,,N,,,,,,,,#",
      "#...P................P...#,DDDD,,,DDDDD,,,DDDD,#",
      "#........................#,,,,,,,,,,,,,,,,b,,,,#",
      "#..M.....................#,,T,,,,,,,,,,,,,,,,,,#",
      "#.@......................#,,,,,,,,,,,,,,,,,,3,,#",
      "#P......................P#P,,,,,,,,,,,,,,,,,,,P#",
      "################################################",
    },
  },

  dialogue = {
    mira = {
      { "Mira, front-end developer", "Hi, I'm Mira. Your backend will send pages and data to "
        .. "web browsers, so first see what a browser does with them. Three languages share the work." },
      "HTML gives a page its structure with tags: <h1> for a main heading, <p> for a paragraph, "
        .. "<a href=\"/about\"> for a link. The HTML orb and the docs shelf are in the library, north.",
      "CSS styles that HTML, and JavaScript makes it interactive. Each orb teaches; you hold a skill "
        .. "once you use it. The CSS studio's gate, south, needs HTML held; the JavaScript lab's, CSS.",
      "Bugs crawl around the office: one that touches you knocks you back to the last door or person "
        .. "you passed. Press {hint} when you are stuck. The exit is in the JavaScript lab's top wall.",
    },
    sam = {
      { "Sam, web designer", "CSS is a list of rules. A selector picks elements and the "
        .. "declarations set their look: p { color: navy; } makes the text of every paragraph navy." },
      ".price selects the elements with class=\"price\", and #total the element with id=\"total\". "
        .. "Classes can be shared by many elements; an id names just one.",
      "When two rules set the same property on one element, the more specific selector wins: an "
        .. "id beats a class, and a class beats a tag name. On a tie, the later rule wins.",
      "The CSS orb is on this carpet and the terminal asks about rules. Hold CSS and the gate to the "
        .. "JavaScript lab, north across the office, opens for you. But first, a small one for you:",
    },
    jo = {
      { "Jo, JavaScript developer", "JavaScript is the programming language every browser runs. "
        .. "It reacts to clicks and typing, and changes the page through the DOM, the browser's "
        .. "live model of the HTML." },
      "It also talks to your backend: fetch(\"/api/orders\") sends an HTTP GET request, "
        .. "response.json() reads the JSON reply, and the script shows it without reloading the page.",
      "The backend decides what those requests get back: that is your job. Find the orb in this "
        .. "lab and use it at the terminal. First, tell me where this script of mine breaks:",
    },
  },

  exercises = {
    web_html_2 = {
      kind = "sort", skill = "html",
      prompt = "Which of the three does each job on the order page?",
      bins = { "HTML", "CSS", "JavaScript" },
      items = {
        { "A heading for the order page", bin = 1, why = "Structure: an <h1>." },
        { "A form with an email field", bin = 1, why = "Structure: <form> and <input type=\"email\">." },
        { "Red text for error messages", bin = 2, why = "Looks: a CSS rule." },
        { "A two-column layout", bin = 2, why = "Layout is CSS, with grid or flexbox." },
        { "Load new orders without a reload", bin = 3, why = "Behaviour: fetch() in a script." },
        { "Hide the details until clicked", bin = 3, why = "Reacting to clicks is JavaScript." },
      },
      explain = "HTML for structure, CSS for looks, JavaScript for behaviour. A backend serves all "
        .. "three, and the data.",
    },
    web_html_3 = {
      kind = "choice", skill = "html", scenario = true,
      prompt = "A sign-up form sends an email and a password to your server. Which form method do "
        .. "you use, and why?",
      choices = {
        { "method=\"post\": the data goes in the body", right = true,
          why = "A GET form puts the fields in the URL, where history, logs and shared links keep the password." },
        { "method=\"get\": it is simpler", why = "The password would end up in the URL, the history and server logs." },
        { "No method: the browser picks the safest", why = "Without a method the form uses GET." },
        { "method=\"delete\"", why = "HTML forms send only GET or POST (and dialog, which closes a dialog)." },
      },
      explain = "Forms that create something or carry secrets use POST, over HTTPS.",
    },
    web_css_1 = {
      kind = "choice", skill = "css",
      prompt = "Which CSS rule makes the text of every paragraph on the page red?",
      choices = {
        { "p { background: red; }", why = "background paints behind the text; the text keeps its colour." },
        { "#p { color: red; }", why = "#p matches the one element with id=\"p\", not every paragraph." },
        { "p { color: red; }", right = true,
          why = "The selector p matches every <p> element, and color sets the text colour." },
        { ".p { color: red; }", why = ".p matches elements with class=\"p\", not <p> elements." },
      },
      explain = "A rule is a selector and declarations: p picks the elements, color: red styles them.",
    },
    web_css_2 = {
      kind = "fill", skill = "css", language = "text",
      prompt = "Style every element with class=\"error\" in red.",
      code = "{1} { color: red; }",
      blanks = {
        { options = { ".error", "#error", "error" }, answer = 1,
          why = { "A dot selects by class, which any number of elements can share.",
                  "# selects by id: one element.",
                  "A bare word selects a tag: <error> elements, which do not exist." } },
      },
      explain = "Classes style groups of elements; an id names just one.",
    },
    web_css_3 = {
      kind = "code", skill = "css", language = "text",
      prompt = "Which rule decides the colour of <p id=\"total\" class=\"price\">?",
      code = [[
p { color: black; }
.price { color: green; }
#total { color: blue; }
p.price { color: orange; }
]],
      answer = 3,
      why = {
        [3] = "An id selector beats any number of classes and tags: blue wins.",
        [4] = "A tag plus a class beats .price alone, but still loses to an id, though it comes later.",
        [2] = "A class beats a bare tag, not an id.",
        [1] = "A bare tag is the weakest selector here.",
      },
      explain = "Specificity: ids beat classes, classes beat tags. Only on a tie does the later rule win.",
    },
    web_javascript_1 = {
      kind = "choice", skill = "javascript", scenario = true,
      prompt = "Your page must show the latest orders from your API without reloading. What can do "
        .. "that in the browser?",
      choices = {
        { "A CSS rule", why = "CSS only styles what is on the page; it cannot ask a server for data." },
        { "JavaScript, with fetch()", right = true,
          why = "fetch() sends an HTTP request, and the script puts the answer into the page." },
        { "An <h1> heading", why = "An <h1> only holds text; it cannot load anything." },
        { "The page's <title>", why = "The title names the tab; it cannot change the page." },
      },
      explain = "HTML is the content, CSS the look, JavaScript the behaviour: only a script can talk "
        .. "to your API after the page has loaded.",
    },
    web_javascript_2 = {
      kind = "code", skill = "javascript", language = "javascript",
      prompt = "The API answers 500 with an HTML error page. Which line throws?",
      code = [[
async function loadOrders() {
  const res = await fetch("/api/orders");
  const orders = await res.json();
  for (const o of orders) {
    addRow(o.id, o.total);
  }
}
]],
      answer = 3,
      why = {
        [3] = "The body is HTML, so reading it as JSON throws a SyntaxError. Check res.ok first.",
        [2] = "fetch() resolves even for a 404 or a 500; it rejects only when the request fails.",
        [5] = "Never reached: the line that reads the body already threw.",
      },
      explain = "Check res.ok (a status from 200 to 299) before res.json(), and show the user a clear "
        .. "error otherwise.",
    },
    web_javascript_3 = {
      kind = "fill", skill = "javascript", language = "javascript",
      prompt = "Send a new order to the API as JSON.",
      code = "await fetch(\"/api/orders\", {\n  method: \"{1}\",\n"
        .. "  headers: { \"Content-Type\": \"application/json\" },\n  body: JSON.{2}(order),\n});",
      blanks = {
        { options = { "POST", "GET" }, answer = 1,
          why = { "Creating an order is a POST.", "fetch() refuses a body on a GET request." } },
        { options = { "stringify", "parse" }, answer = 1,
          why = { "stringify turns the object into JSON text for the body.",
                  "parse goes the other way: JSON text to an object." } },
      },
      explain = "fetch() needs the method, a Content-Type header and a body that is already text.",
    },
  },

  hints = {
    "Mira stands just above where you start: walk next to her and press {confirm}. The goal list "
      .. "at the top left shows what is left to do.",
    "The HTML orb is in the library, through the door in the office's north wall; the docs shelf "
      .. "there asks about HTML. Bugs walk in straight lines: cross behind one.",
    "The order: HTML in the library, then the CSS studio through the gate in the office's south "
      .. "wall, then the JavaScript lab through the gate in its north wall. The exit is up there.",
  },

  goals = {
    { talk = "Mira", text = "Talk to Mira",
      hint = "Mira is {where:Mira}: walk next to her and press {confirm}." },
    { collect = "html", text = "Hold HTML: orb, then the shelf",
      hint = "The HTML orb is in the library, {where:html orb}; the docs shelf there asks about HTML. Bugs walk in straight lines: cross behind one." },
    { collect = "css", text = "Hold CSS",
      hint = "The CSS studio is through the gate in the south wall: its orb is {where:css orb}; Sam there asks about CSS." },
    { answer = "web_css_1", text = "Answer the CSS terminal",
      hint = "The CSS terminal is {where:css terminal}: its first question is this goal." },
    { collect = "javascript", text = "Hold JavaScript",
      hint = "The JavaScript lab is through the gate in the studio's north wall: the orb is {where:javascript orb}." },
    { answer = "web_javascript_1", text = "Answer the JS terminal",
      hint = "The JS terminal is {where:javascript terminal}; the exit is up there too." },
  },

  grants = { xp = 50 },

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_interact = function(e)
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
