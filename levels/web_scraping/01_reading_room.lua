-- levels/web_scraping/01_reading_room.lua: the Web Scraping quest, level 1.
-- Fetching a page with Requests and parsing it with Beautiful Soup, and
-- choosing selectors that survive a redesign. The quest's own mechanic
-- (lib/crawl.lua) starts small: two links to follow, a listing page whose
-- cards the player sorts into the item pipeline (titles and prices in,
-- ads and menus out).
-- Play order: Ines (brief, warm-ups) -> requests orb, fetch console ->
-- link "/" -> soup orb, parse console -> link "/books/" -> selectors orb,
-- selector board -> the four cards into the pipeline -> Ines's redesign
-- question -> exit.
-- Facts (Requests, Beautiful Soup 4, soupsieve): FACTS.md.

local function crawl()
  return sq.module("crawl")
end

local PREREQS = { "python", "http", "html", "css" }
local asked_redesign, stored = false, false

return {
  format = 1,
  id = "web_scraping.reading_room",
  quest = "web_scraping",
  title = "The Reading Room",
  brief = "The archive wants the price of every book at Quire Books, a small online shop. "
    .. "Fetch its pages, parse them and keep what matters. Talk to Ines first; {hint} gives a hint.",
  music = "web_scraping",

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
    marker = { hidden = true },
    person = {
      sprite = "mentor", frames = 2, rate = 30, size = { 12, 10 }, offset = { -2, -6 }, solid = true,
      props = { dialogue = "the first conversation", look = "the person's look", facing = "where they face" },
      on_spawn = function(self) crawl().person_spawned(self) end,
      on_interact = function(self) crawl().person_talk(self) end,
    },
  },

  map = {
    theme = "scraping",
    legend = {
      ["!"] = { type = "sign", name = "closing note", speaker = "Closing note",
              text = "facts checked against the Requests docs, the Beautiful Soup 4 docs and bs4 run on sample HTML (select, select_one, find_all, get_text), and schema.org. Sources: FACTS.md." },
      M = { type = "person", name = "Ines", dialogue = "ines", look = "ines", facing = "down" },
      r = { type = "skill", name = "requests orb", skill = "requests_lib" },
      b = { type = "skill", name = "soup orb", skill = "beautifulsoup" },
      s = { type = "skill", name = "selectors orb", skill = "selectors" },
      F = { type = "terminal", name = "fetch console", quiz = "ws_req_1" },
      G = { type = "terminal", name = "status console", quiz = "ws_req_2" },
      Q = { type = "terminal", name = "parse console", quiz = "ws_bs4_1" },
      H = { type = "terminal", name = "links console", quiz = "ws_bs4_2" },
      C = { type = "terminal", name = "selector board", quiz = "ws_sel_1" },
      L = { type = "link", name = "link /", url = "/", requires = "requests_lib" },
      K = { type = "link", name = "link /books/", url = "/books/", requires = "beautifulsoup" },
      P = { type = "pipeline", name = "item pipeline" },
      ["1"] = { type = "card", name = "title 1", field = "title", key = "light-title",
                label = "h3 a: Attic", sprite = "token_card_green" },
      ["2"] = { type = "card", name = "price 1", field = "price", key = "light-price",
                label = "p.price: 51.77", sprite = "token_card_yellow" },
      ["3"] = { type = "card", name = "title 2", field = "title", key = "tipping-title",
                label = "h3 a: Tipping", sprite = "token_card_green" },
      ["4"] = { type = "card", name = "price 2", field = "price", key = "tipping-price",
                label = "p.price: 53.74", sprite = "token_card_yellow" },
      a = { type = "card", name = "ad card", field = "ad", label = "div.ad\n20% off",
            sprite = "token_card_red" },
      n = { type = "card", name = "menu card", field = "nav", label = "nav\nmenu", sprite = "token_card_blue" },
      W = { type = "marker", name = "items stored" },
      h = { type = "tall_prop", sprite = "scraping_shelf" },
      c = { type = "prop", sprite = "scraping_catalogue" },
      l = { type = "prop", sprite = "scraping_lamp" },
      o = { type = "prop", sprite = "scraping_rope" },
    },
    rows = {
      "####E########################################",
      "#h....!.....h#h..........h#h...............h#",
      "#............#............#.................#",
      "#.F..M...G...#...Q....H...#.................#",
      "#............#............#.................#",
      "#............L............K.................#",
      "#.r.......b..#.......s....#..1.........2....#",
      "#............#.........C..#.................#",
      "#............#............#.................#",
      "#c...........#..n.....a...#..3.........4....#",
      "#............#............#.................#",
      "#l..@....W..c#l..........c#l.....P......o..c#",
      "#############################################",
    },
  },

  dialogue = {
    ines = {
      { "Ines Carvalho, scraping engineer", "Welcome to the Reading Room! We collect prices from "
        .. "small shops for a price-comparison service. Today: Quire Books." },
      "Each room through those doors is a page of quire.example. A door is a link: {confirm} at it "
        .. "fetches the page. First you need Requests to fetch, then Beautiful Soup to parse.",
      "On the listing page, carry each book's title and price to the item pipeline. Ads and menus "
        .. "are not data: the pipeline drops them.",
    },
    redesign = {
      { "Ines Carvalho, scraping engineer", "Four items stored, well done. Now the bad news: Quire "
        .. "is redesigning next month. Which selector will still find the price afterwards?" },
    },
    done = {
      { "Ines Carvalho, scraping engineer", "That is the craft: fetch politely, parse, and point at "
        .. "what the page means, not where it happens to sit. The exit is open." },
    },
  },

  exercises = {
    ws_req_1 = {
      kind = "fill", skill = "requests_lib", language = "python",
      prompt = "Fetch the listing page so that a dead server cannot hang the script, and stop on "
        .. "a 404 or 500 instead of parsing an error page.",
      code = [==[
import requests

UA = "QuireArchiveBot/1.0 (+https://archive.example)"
resp = requests.get("https://quire.example/books/",
                    headers={"User-Agent": UA},
                    {1}=10)
resp.{2}()
html = resp.text
]==],
      blanks = {
        { options = { "timeout", "delay", "wait" }, answer = 1,
          why = {
            "timeout=10 gives up after 10 s without an answer; Requests has no timeout by default.",
            "requests.get has no delay argument; waiting between requests is your own job.",
            "requests.get has no wait argument.",
          } },
        { options = { "raise_for_status", "json", "close" }, answer = 1,
          why = {
            "raise_for_status() raises HTTPError for a 4xx or 5xx answer.",
            "json() parses a JSON body; this page is HTML, and it checks no status.",
            "close() releases the connection; it checks nothing.",
          } },
      },
      explain = "Requests waits for ever unless you pass timeout, and it does not raise on error "
        .. "statuses by itself: raise_for_status() does. An honest User-Agent says who is crawling.",
    },
    ws_req_2 = {
      kind = "choice", skill = "requests_lib",
      prompt = "r = requests.get(\"https://quire.example/books/999\") and the server answers 404 Not Found. "
        .. "What happens on that line?",
      choices = {
        { "r is a Response with r.status_code == 404; nothing is raised", right = true,
          why = "Requests hands back every HTTP answer; only raise_for_status() turns 4xx/5xx into an exception." },
        { "requests raises HTTPError at once",
          why = "Only raise_for_status() raises HTTPError; get() itself does not." },
        { "r is None",
          why = "get() always returns a Response when the server answered at all." },
        { "requests retries until it gets a 200",
          why = "Requests does not retry by itself; retries need an HTTPAdapter with urllib3's Retry." },
      },
      explain = "Check r.status_code or call r.raise_for_status() before parsing: otherwise you "
        .. "scrape the text of the error page as if it were data.",
    },
    ws_bs4_1 = {
      kind = "code", skill = "beautifulsoup", language = "python",
      prompt = "This worked on the first page, then crashed with AttributeError: 'NoneType' "
        .. "object has no attribute 'get_text'. Some books have no stock line. Which line fails?",
      code = [==[
from bs4 import BeautifulSoup

soup = BeautifulSoup(html, "html.parser")
for card in soup.select("article.product_pod"):
    title = card.select_one("h3 a")["title"]
    price = card.select_one("p.price_color").get_text()
    stock = card.select_one("p.stock").get_text()
    print(title, price.strip(), stock.strip())
]==],
      answer = 7,
      why = {
        [4] = "select() returns a list, empty when nothing matches: looping over it is safe.",
        [5] = "Every book card has a title link, so this finds one.",
        [6] = "Every card has a price here; this line runs fine.",
        [7] = "select_one() returns None when nothing matches, and None has no get_text().",
      },
      explain = "Check before you use it: el = card.select_one(\"p.stock\"); stock = "
        .. "el.get_text(strip=True) if el else None. Missing fields are normal on real pages.",
    },
    ws_bs4_2 = {
      kind = "fill", skill = "beautifulsoup", language = "python",
      prompt = "Collect the address of every link on the page that has one.",
      code = [==[
soup = BeautifulSoup(html, "html.parser")
hrefs = []
for a in soup.{1}("a", href=True):
    hrefs.append(a.{2}("href"))
]==],
      blanks = {
        { options = { "find_all", "find", "select_one" }, answer = 1,
          why = {
            "find_all() returns every matching tag, here every a with an href.",
            "find() returns only the first match (or None), so the loop would walk a tag.",
            "select_one() returns only the first match, and wants a CSS selector such as a[href].",
          } },
        { options = { "get", "find", "text" }, answer = 1,
          why = {
            "tag.get(\"href\") reads the attribute, or gives None when it is missing.",
            "tag.find(\"href\") looks for a child tag named href, which does not exist.",
            "text is a property holding the link's words, not its address; it cannot be called.",
          } },
      },
      explain = "find_all(name, attrs) searches the tree; href=True keeps only tags that have the "
        .. "attribute. Attributes read like a dict: tag[\"href\"] raises KeyError, tag.get() does not.",
    },
    ws_sel_1 = {
      kind = "sort", skill = "selectors",
      prompt = "Quire Books will be redesigned: new layout, new generated class names. Which "
        .. "selectors for the price will probably still work?",
      bins = { "Likely survives", "Likely breaks" },
      items = {
        { "[itemprop=\"price\"]", bin = 1, why = "Schema.org microdata names the meaning; shops keep it for search engines." },
        { "script[type=\"application/ld+json\"]", bin = 1, why = "The page's structured data: a JSON Product with its price, not tied to the layout." },
        { "[data-testid=\"price\"]", bin = 1, why = "Test hooks name the thing; they change far less often than looks." },
        { "div > div:nth-child(3) > span", bin = 2, why = "A position in the layout: one new wrapper div and it points elsewhere." },
        { ".css-1x9qz7k", bin = 2, why = "A class generated by a CSS-in-JS build changes on the next deploy." },
        { "/html/body/div[2]/div/span", bin = 2, why = "An absolute XPath copied from DevTools: the most brittle of all." },
      },
      explain = "Point at what an element means (microdata, structured data, test ids, a stable id), "
        .. "not where it sits. And check your results, so a broken selector is noticed the same day.",
    },
    ws_sel_2 = {
      kind = "choice", skill = "selectors", scenario = true,
      prompt = "After the redesign, soup.select_one(\".price-box span\") finds nothing. The page "
        .. "now carries <script type=\"application/ld+json\"> with a Product and its offers.price. What do you do?",
      choices = {
        { "Parse that JSON-LD with json.loads and read offers.price", right = true,
          why = "Structured data is published for machines and survives redesigns far better than markup." },
        { "Copy the new selector from DevTools and move on",
          why = "It works until the next redesign, and nothing tells you when it breaks again." },
        { "Regular expressions over the raw HTML for a pound sign",
          why = "It matches every price on the page, ads and shipping included." },
        { "Render the page in a headless browser first",
          why = "The data is already in the HTML; a browser only makes the job slower." },
      },
      explain = "Prefer data the site publishes on purpose (JSON-LD, microdata, an API) over layout. "
        .. "Whatever you pick, validate each item (a price that is a number) so breakage is loud.",
    },
  },

  hints = {
    "Ines stands near the start: walk next to her and press {confirm}.",
    "Take the requests orb, then answer a console: the door to / opens once you hold Requests.",
    "Beautiful Soup opens /books/. Carry the titles and prices to the item pipeline.",
    "Talk to Ines again about the redesign.",
  },

  goals = {
    { talk = "Ines", text = "Talk to Ines",
      hint = "Ines stands just above where you start: {confirm} next to her." },
    { collect = "requests_lib", text = "Hold Requests",
      hint = "Take the requests orb, then answer the fetch console." },
    { collect = "beautifulsoup", text = "Hold Beautiful Soup",
      hint = "Follow the link / (the door east), take the soup orb, answer the parse console." },
    { collect = "selectors", text = "Hold Selectors",
      hint = "Follow /books/, take the selectors orb in the middle room, answer the selector board." },
    { reach = "items stored", text = "Store 2 titles and 2 prices",
      hint = "Carry a card with {confirm}, then {confirm} at the item pipeline. Ads and menus get dropped." },
    { answer = "ws_sel_2", text = "Plan for the redesign",
      hint = "Talk to Ines once the four items are stored." },
  },

  grants = { xp = 60 },

  on_start = function()
    crawl().setup{
      site = "quire.example", want = 4, accept = { "title", "price" },
      drop = {
        ad = "An ad is not a book: the pipeline drops it.",
        nav = "The site's menu is not data: the pipeline drops it.",
      },
      on_done = function()
        stored = true
        crawl().set_talk("Ines", "redesign")
        sq.goal("items stored")
        sq.xp(20)
        sq.say("Ines", "Four items in the pipeline. Come and see me about the redesign.")
      end,
    }
  end,

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_interact = function(e)
    if e.name ~= "Ines" then return end
    if crawl().refresh(PREREQS) then return end
    if stored and not asked_redesign then
      sq.ask("ws_sel_2")
    end
  end,

  on_answer = function(id, correct)
    if crawl().is_warmup(id) then
      sq.after(0.1, function() crawl().refresh(PREREQS) end)
      return
    end
    if correct then
      sq.xp(10)
      if id == "ws_sel_2" then
        asked_redesign = true
        crawl().set_talk("Ines", "done")
      end
    end
  end,
}
