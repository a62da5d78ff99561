-- levels/web/01_front_end.lua: the Web Development quest, level 1.
-- What a backend serves to the browser: HTML for structure, CSS for style
-- and JavaScript, which calls the backend's APIs with fetch().
-- Play order: library (HTML) -> CSS studio (gate: HTML) -> JavaScript lab
-- (gate: CSS) -> exit in the lab's top wall.
return {
  format = 1,
  id = "web.front_end",
  quest = "web",
  title = "What the Browser Gets",
  brief = "Your backend will send pages and data to web browsers. Learn what browsers do with "
    .. "them: HTML, CSS and JavaScript. Walk with {move}; {confirm} talks, {hint} gives a hint.",
  music = "music_hub",

  map = {
    legend = {
      M = { type = "mentor", name = "Mira", dialogue = "mira" },
      N = { type = "npc", name = "Sam", dialogue = "sam" },
      J = { type = "npc", name = "Jo", dialogue = "jo" },
      S = { type = "sign", name = "docs shelf", speaker = "Docs shelf",
            text = "An HTML page: <html> holds <head>, with the title and links to CSS files, "
              .. "and <body>, with everything the visitor sees." },
      G = { type = "gate", name = "css gate", requires = "html" },
      H = { type = "gate", name = "javascript gate", requires = "css" },
      T = { type = "terminal", name = "css terminal", quiz = "css_rule", tile = "desk" },
      U = { type = "terminal", name = "javascript terminal", quiz = "js_fetch", tile = "server_rack" },
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
      "#P...........P#..........b.....................#",
      "#.............#..DDDD..DDDD..P...DDDD..DDDD....#",
      "#..DD.....DD..#..DDDD..DDDD......DDDD..DDDD....#",
      "#....................................P.........#",
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
        .. "<a href=\"/about\"> for a link. The HTML orb is in the library, north of the office.",
      "CSS styles that HTML, and JavaScript makes it interactive. The CSS studio's gate, south of "
        .. "the office, opens once you know HTML. The JavaScript lab's gate, north, needs CSS.",
      "Bugs crawl around the office: if one touches you, you are back at the start. Press {hint} when "
        .. "you are stuck. The exit is in the JavaScript lab's top wall.",
    },
    sam = {
      { "Sam, web designer", "CSS is a list of rules. A selector picks elements and the "
        .. "declarations set their look: p { color: navy; } makes the text of every paragraph navy." },
      ".price selects the elements with class=\"price\", and #total the element with id=\"total\". "
        .. "Classes can be shared by many elements; an id names just one.",
      "When two rules set the same property on one element, the more specific selector wins: an "
        .. "id beats a class, and a class beats a tag name. On a tie, the later rule wins.",
      "The CSS orb is on this carpet and the terminal asks about a rule. With CSS, the gate to the "
        .. "JavaScript lab, north across the office, opens for you.",
    },
    jo = {
      { "Jo, JavaScript developer", "JavaScript is the programming language every browser runs. "
        .. "It reacts to clicks and typing, and changes the page through the DOM, the browser's "
        .. "live model of the HTML." },
      "It also talks to your backend: fetch(\"/api/orders\") sends an HTTP GET request, "
        .. "response.json() reads the JSON reply, and the script shows it without reloading the page.",
      "The backend decides what those requests get back: that is your job. Find the orb in this "
        .. "lab and answer the terminal. When every goal is done, the exit in the top wall opens.",
    },
  },

  exercises = {
    css_rule = {
      kind = "choice", skill = "css",
      prompt = "Which CSS rule makes the text of every paragraph on the page red?",
      choices = {
        { "p { background: red; }", why = "background paints behind the text; the text stays as it was." },
        { "#p { color: red; }", why = "#p matches the one element with id=\"p\", not every paragraph." },
        { "p { color: red; }", right = true,
          why = "The selector p matches every <p> element, and color sets the text colour." },
        { ".p { color: red; }", why = ".p matches elements with class=\"p\", not <p> elements." },
      },
      explain = "A rule is a selector and declarations: p picks the elements, color: red styles them.",
    },
    js_fetch = {
      kind = "choice", skill = "javascript",
      prompt = "Your page must show the latest orders from your API without reloading. "
        .. "What can do that in the browser?",
      choices = {
        { "A CSS rule", why = "CSS only styles what is on the page; it cannot ask a server for data." },
        { "JavaScript, with fetch()", right = true,
          why = "fetch() sends an HTTP request, and the script puts the answer into the page." },
        { "An <h1> heading", why = "An <h1> only holds text; it cannot load anything." },
        { "The page's <title>", why = "The title names the tab; it cannot change the page." },
      },
      explain = "HTML is the content, CSS the look, JavaScript the behaviour: only the script can "
        .. "talk to your API after the page has loaded.",
    },
  },

  hints = {
    "Mira stands just above where you start: walk next to her and press {confirm}. The goal list "
      .. "at the top left shows what is left to do.",
    "The HTML orb is in the library, through the door in the office's north wall. Bugs walk in "
      .. "straight lines: wait until one has passed, then cross behind it.",
    "The order: HTML in the library, then the CSS studio through the gate in the office's south "
      .. "wall, then the JavaScript lab through the gate in its north wall. The exit is up there.",
  },

  goals = {
    { talk = "Mira", text = "Talk to Mira" },
    { collect = "html", text = "Learn HTML" },
    { collect = "css", text = "Learn CSS" },
    { answer = "css_rule", text = "Answer the CSS quiz" },
    { collect = "javascript", text = "Learn JavaScript" },
    { answer = "js_fetch", text = "Answer the JS quiz" },
  },

  grants = { xp = 50 },

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_answer = function(quiz, correct)
    if correct then sq.xp(20) end
  end,
}
