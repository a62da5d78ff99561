-- levels/web_scraping/02_script_stacks.lua: the Web Scraping quest, level 2.
-- Pages built by JavaScript: the HTML a scraper fetches is an empty shell,
-- and the books arrive later as JSON. The player looks for the JSON the
-- page itself loads (the DevTools console unlocks the API's door), crawls
-- its pages, cleans the records into the pipeline (a duplicate across
-- pages is dropped), and learns when a real browser (Playwright) is worth
-- its cost.
-- Play order: Kenji (warm-ups, brief) -> link /catalogue -> the shell card,
-- the headless orb, the DevTools console -> link /api/books?page=1 -> the
-- extraction orb, the paginator -> link page=2 -> records into the
-- pipeline -> the cleaner, the render check, the Playwright script -> exit.
-- Facts (Playwright for Python, Requests, json, decimal): FACTS.md.

local function crawl()
  return sq.module("crawl")
end

local PREREQS = { "python", "http", "html", "css", "javascript", "beautifulsoup", "selectors" }
local API1 = "/api/books?page=1"

return {
  format = 1,
  id = "web_scraping.script_stacks",
  quest = "web_scraping",
  title = "The Script Stacks",
  brief = "Shelf, a second-hand book app, shows its catalogue only once JavaScript has run. The "
    .. "archive wants its books all the same. Talk to Kenji first; {hint} gives a hint.",
  music = "web_scraping",
  requires = { "requests_lib", "beautifulsoup", "selectors" },

  behaviours = {
    link = {
      sprite = "door_locked", solid = true,
      props = { url = "the URL this link points at", requires = "a skill needed to fetch it",
                label = "the URL as shown over the door, when it needs two lines",
                speaker = "who speaks for a locked link" },
      on_spawn = function(self) crawl().link_spawned(self) end,
      on_interact = function(self) crawl().follow(self) end,
    },
    card = {
      sprite = "token_card_green", solid = true, size = { 12, 12 },
      props = { field = "what part of the page it is", key = "the item it belongs to",
                label = "the words shown over it" },
      on_spawn = function(self) crawl().field_spawned(self) end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    pipeline = {
      sprite = "slot", solid = true,
      on_spawn = function(self) sq.set_label(self.id, "item pipeline", true) end,
      on_place = function(self, token) return crawl().offer(self, token) end,
    },
    person = {
      sprite = "mentor", frames = 2, rate = 30, size = { 12, 10 }, offset = { -2, -6 }, solid = true,
      props = { dialogue = "the first conversation", look = "the person's look", facing = "where they face" },
      on_spawn = function(self) crawl().person_spawned(self) end,
      on_interact = function(self) crawl().person_talk(self) end,
    },
    marker = { hidden = true },
  },

  map = {
    theme = "scraping",
    legend = {
      ["!"] = { type = "sign", name = "closing note", speaker = "Closing note",
              text = "facts checked against the Playwright for Python docs and tests (sync API, launch, wait_for_selector, all_inner_texts), Python's decimal and json docs, and Requests. Sources: FACTS.md." },
      M = { type = "person", name = "Kenji", dialogue = "kenji", look = "kenji", facing = "down" },
      j = { type = "skill", name = "headless orb", skill = "headless_browsers" },
      x = { type = "skill", name = "extraction orb", skill = "extraction" },
      D = { type = "terminal", name = "devtools", quiz = "ws_js_1" },
      R = { type = "terminal", name = "render check", quiz = "ws_js_3" },
      Y = { type = "terminal", name = "playwright script", quiz = "ws_js_2" },
      L = { type = "terminal", name = "network log", quiz = "ws_js_4" },
      N = { type = "terminal", name = "paginator", quiz = "ws_ext_1" },
      Z = { type = "terminal", name = "cleaner", quiz = "ws_ext_2" },
      A = { type = "link", name = "link /catalogue", url = "/catalogue" },
      B = { type = "link", name = "link page 1", url = API1, speaker = "DevTools" },
      C = { type = "link", name = "link page 2", url = "/api/books?page=2", requires = "extraction" },
      P = { type = "pipeline", name = "item pipeline" },
      s = { type = "card", name = "app shell", field = "shell", label = "<div id=app>", sprite = "token_card_red" },
      ["1"] = { type = "card", name = "record 1", field = "record", key = "dune",
                label = "{title: Dune}", sprite = "token_card_green" },
      ["2"] = { type = "card", name = "record 2", field = "record", key = "emma",
                label = "{title: Emma}", sprite = "token_card_green" },
      ["3"] = { type = "card", name = "record 3", field = "record", key = "ulysses",
                label = "{title: Ulysses}", sprite = "token_card_green" },
      ["4"] = { type = "card", name = "record 2 again", field = "record", key = "emma",
                label = "{title: Emma}", sprite = "token_card_green" },
      W = { type = "marker", name = "records stored" },
      h = { type = "tall_prop", sprite = "scraping_shelf" },
      c = { type = "prop", sprite = "scraping_catalogue" },
      l = { type = "prop", sprite = "scraping_lamp" },
      o = { type = "prop", sprite = "scraping_rope" },
    },
    rows = {
      "##E#################################################",
      "#h..!......h#h..........h#h..........h#h..........h#",
      "#...........#............#............#............#",
      "#..M....Y...#..s.....D...#..1.....2...#..3.....4...#",
      "#...........#............#............#............#",
      "#...........A............B............C............#",
      "#...........#............#............#............#",
      "#.......L...#..j.....R...#..x.....N...#.....Z......#",
      "#...........#............#............#............#",
      "#c....@..W..#l.....P....o#l...........#l..........c#",
      "####################################################",
    },
  },

  dialogue = {
    kenji = {
      { "Kenji Watanabe, front-end developer", "I built Shelf's front end, so I know its secret: the "
        .. "HTML you fetch is an empty shell. app.js asks our API for the books and draws them." },
      "Beautiful Soup reads what the server sends, not what a browser shows. So before you reach for "
        .. "a browser, look for the JSON the page loads itself: DevTools, Network tab.",
      "Fetch /catalogue and see for yourself. Bring three clean book records to the pipeline.",
    },
    after = {
      { "Kenji Watanabe, front-end developer", "Three records, straight from the API: no browser, "
        .. "no guessing at markup. One page has no API at all, though. The Playwright script by the "
        .. "door handles that one." },
    },
  },

  exercises = {
    ws_js_1 = {
      kind = "choice", skill = "headless_browsers", scenario = true,
      prompt = "requests.get on shelfapp.example/catalogue returns only <div id=\"app\"></div> and a "
        .. "script tag, yet the browser shows 40 books. What do you try first?",
      choices = {
        { "Open DevTools' Network tab, filter Fetch/XHR, reload, and find the JSON request", right = true,
          why = "The page loads its data from somewhere; calling that endpoint gives clean JSON fast." },
        { "Drive a headless browser for every page", why = "It works, but is ten or more times slower and heavier; keep it for when there is no data source." },
        { "Parse with lxml instead of html.parser", why = "Any parser sees the same empty shell: the books are not in the HTML." },
        { "Raise the timeout so the books have time to load", why = "Requests never runs JavaScript, however long it waits." },
      },
      explain = "Look for the data before the browser: a JSON endpoint, or JSON embedded in the HTML "
        .. "(a script tag such as __NEXT_DATA__). A browser is the last resort.",
    },
    ws_js_2 = {
      kind = "fill", skill = "headless_browsers", language = "python",
      prompt = "The store-finder page draws its list in the browser and has no API you may use. "
        .. "Render it with Playwright and wait for the cards before reading them.",
      code = [==[
from playwright.sync_api import sync_playwright

with sync_playwright() as p:
    browser = p.chromium.{1}()
    page = browser.new_page()
    page.goto("https://shelfapp.example/stores")
    page.{2}(".store-card")
    names = page.locator(".store-card h3")
    print(names.all_inner_texts())
    browser.close()
]==],
      blanks = {
        { options = { "launch", "open", "start" }, answer = 1,
          why = {
            "launch() starts the browser, headless by default.",
            "Browser types have no open(); pages are opened with new_page().",
            "start() belongs to sync_playwright() itself, not to a browser type.",
          } },
        { options = { "wait_for_selector", "wait_for_timeout", "reload" }, answer = 1,
          why = {
            "Waits until a .store-card is in the page: as long as needed, no longer.",
            "A fixed sleep: too short on a slow day, wasted time on a fast one.",
            "Reloading starts the rendering over; it waits for nothing.",
          } },
      },
      explain = "all_inner_texts() reads what is there now without waiting, so wait for the "
        .. "elements first. Browsers need `playwright install chromium` once.",
    },
    ws_js_3 = {
      kind = "sort", skill = "headless_browsers",
      prompt = "Does each scraping job need a real browser, or can plain HTTP requests do it?",
      bins = { "Plain requests", "A browser" },
      items = {
        { "The page's books come from /api/books as JSON", bin = 1, why = "Call the endpoint the page calls." },
        { "The data sits in a <script id=\"__NEXT_DATA__\"> tag", bin = 1, why = "It is JSON inside the HTML: json.loads it." },
        { "Infinite scroll that loads ?page=2, ?page=3 ...", bin = 1, why = "Scrolling only requests the next page: request them yourself." },
        { "Prices computed in the page by obfuscated JS from a per-session token", bin = 2,
          why = "No clean data source exists; a browser runs the code for you." },
        { "A screenshot of how the product page looks", bin = 2, why = "Only a rendering engine can draw it." },
      },
      explain = "A browser costs CPU, memory and time per page. Use it when the data exists only "
        .. "after the page's code runs, or when you need what the page looks like.",
    },
    ws_js_4 = {
      kind = "order", skill = "headless_browsers",
      prompt = "A page shows data your fetched HTML lacks. Put the steps of finding it in order.",
      items = {
        { "Compare View Source with what the page shows", why = "Confirms the data is added later by scripts." },
        { "DevTools > Network > Fetch/XHR, then reload", why = "Lists the requests the page's code makes." },
        { "Find the JSON response that holds the data", why = "Preview each response until the data appears." },
        { "Repeat that request with requests, same parameters", why = "Check it works outside the browser." },
        { "Only if none exists: render with Playwright", why = "The slow, heavy fallback." },
      },
      explain = "Work from the cheapest source to the most expensive: HTML, then the page's own JSON, then a browser.",
    },
    ws_ext_1 = {
      kind = "fill", skill = "extraction", language = "python",
      prompt = "Walk the API page by page until there is no next page, and keep each price as "
        .. "exact money (the API sends prices as strings such as \"12.50\").",
      code = [==[
from decimal import Decimal

def books(session):
    url = "https://shelfapp.example/api/books?page=1"
    while url:
        resp = session.get(url, timeout=10)
        resp.raise_for_status()
        data = resp.{1}()
        for b in data["results"]:
            yield {"title": b["title"],
                   "price": {2}(b["price"])}
        url = data["next"]
]==],
      blanks = {
        { options = { "json", "text", "content" }, answer = 1,
          why = {
            "json() parses the body into dicts and lists.",
            "text is the body as a string (and a property, not a method).",
            "content is the raw bytes (and a property, not a method).",
          } },
        { options = { "Decimal", "float", "int" }, answer = 1,
          why = {
            "Decimal(\"12.50\") is exact: sums of prices stay right to the cent.",
            "Binary floats round: 0.1 + 0.2 is 0.30000000000000004.",
            "int(\"12.50\") raises ValueError.",
          } },
      },
      explain = "Follow the API's own next link until it is null (None), and normalise as you "
        .. "extract: types, currency, whitespace.",
    },
    ws_ext_2 = {
      kind = "code", skill = "extraction", language = "python",
      prompt = "The shop shows prices like \"£1,299.00\". This cleaner crashes with "
        .. "decimal.InvalidOperation on expensive books. Which line is wrong?",
      code = [==[
from decimal import Decimal

def clean(raw):
    title = " ".join(raw["title"].split())
    text = raw["price"].strip().lstrip("£")
    price = Decimal(text)
    return {"title": title, "price": price,
            "currency": "GBP"}
]==],
      answer = 6,
      why = {
        [4] = "split() and join collapse runs of whitespace: a fine clean-up.",
        [5] = "Stripping spaces and the pound sign is right; the comma is still there.",
        [6] = "Decimal(\"1,299.00\") fails: remove the thousands separator first.",
      },
      explain = "Clean before converting: text.replace(\",\", \"\"). Keep the currency as its own "
        .. "field, and test the cleaner on the odd cases (thousands, no price, \"Sold out\").",
    },
  },

  hints = {
    "Kenji stands near the start: walk next to him and press {confirm}.",
    "Follow /catalogue and try the shell card in the pipeline: then ask DevTools where the books come from.",
    "The API's pages hold the records. Carry three different ones to the pipeline.",
    "The Playwright script stands next to Kenji.",
  },

  goals = {
    { talk = "Kenji", text = "Talk to Kenji",
      hint = "Kenji stands just above where you start." },
    { collect = "headless_browsers", text = "Hold Headless browsers",
      hint = "Follow /catalogue, take the headless orb, then use the DevTools console." },
    { collect = "extraction", text = "Hold Extraction",
      hint = "In the first API room: take the extraction orb, answer the paginator." },
    { reach = "records stored", text = "Store 3 book records",
      hint = "Carry records from both API pages to the item pipeline. A book twice is dropped." },
    { answer = "ws_js_2", text = "Render the page that has no API",
      hint = "The Playwright script stands next to Kenji." },
  },

  grants = { xp = 60 },

  on_start = function()
    crawl().setup{
      site = "shelfapp.example", want = 3, accept = { "record" },
      drop = {
        shell = "Empty: the books are drawn later by app.js. Find the JSON the page loads.",
      },
      on_done = function()
        sq.goal("records stored")
        sq.xp(20)
        crawl().set_talk("Kenji", "after")
        sq.say("Kenji", "Three clean records. Come back and see me.")
      end,
    }
    crawl().lock(API1, "Nothing in the HTML links here: app.js calls it. Use the DevTools "
      .. "console to find it first.")
  end,

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_interact = function(e)
    if e.name == "Kenji" then crawl().refresh(PREREQS) end
  end,

  on_answer = function(id, correct)
    if crawl().is_warmup(id) then
      sq.after(0.1, function() crawl().refresh(PREREQS) end)
      return
    end
    if correct then
      sq.xp(10)
      if id == "ws_js_1" then
        crawl().unlock(API1)
        sq.after(0.2, function()
          sq.say("DevTools", "Network, Fetch/XHR: GET " .. API1 .. " -> 200, application/json, "
            .. "20 books. The door to it is open to you now.")
        end)
      end
    end
  end,
}
