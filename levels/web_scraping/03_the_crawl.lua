-- levels/web_scraping/03_the_crawl.lua: the Web Scraping quest, level 3,
-- and the quest's mechanic at full size (lib/crawl.lua): the player is a
-- Scrapy spider in a building of linked rooms. It fetches /robots.txt
-- first, as Scrapy's RobotsTxtMiddleware does, then follows the links the
-- rules allow (longest match wins, RFC 9309), and carries each poetry book
-- to the item pipeline, which drops duplicates and what the brief does not
-- ask for. A door that robots.txt disallows is a violation: the site's
-- admin throws the spider back, and the panel counts it.
-- Play order: Yusuf -> scrapy orb, spider.py -> robots orb, /robots.txt,
-- the rules and the rule checker -> link / -> polite orb, settings.py,
-- crawl log -> the poetry pages, the books into the pipeline,
-- pipelines.py -> /about: ethics orb, terms of use -> Elena -> exit.
-- Facts (Scrapy 2.19, RFC 9309, the law): FACTS.md.

local function crawl()
  return sq.module("crawl")
end

local PREREQS = { "python", "http", "html", "css", "selectors" }
local ROBOTS = {
  "Disallow: /cart", "Disallow: /search", "Disallow: /catalogue/", "Allow: /catalogue/poetry/",
}
local robots_read, elena_asked = false, false

return {
  format = 1,
  id = "web_scraping.the_crawl",
  quest = "web_scraping",
  title = "The Crawl",
  brief = "Stacks, a large bookshop, lets crawlers in, within the rules of its robots.txt. The "
    .. "archive wants every poetry book it sells. Talk to Yusuf first; {hint} gives a hint.",
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
              text = "facts checked against Scrapy 2.18 docs, release notes and project template (2.19 is current), RFC 9309 for robots.txt, and the GDPR on personal data. Sources: FACTS.md." },
      Y = { type = "person", name = "Yusuf", dialogue = "yusuf", look = "yusuf", facing = "down" },
      L = { type = "person", name = "Elena", dialogue = "elena", look = "elena", facing = "down" },
      S = { type = "skill", name = "scrapy orb", skill = "scrapy" },
      b = { type = "skill", name = "robots orb", skill = "robots_txt" },
      p = { type = "skill", name = "polite orb", skill = "polite_crawling" },
      e = { type = "skill", name = "ethics orb", skill = "scraping_ethics" },
      F = { type = "terminal", name = "spider.py", quiz = "ws_scrapy_1" },
      J = { type = "terminal", name = "pipelines.py", quiz = "ws_scrapy_2" },
      k = { type = "terminal", name = "rule checker", quiz = "ws_robots_1" },
      G = { type = "terminal", name = "settings.py", quiz = "ws_polite_1" },
      V = { type = "terminal", name = "crawl log", quiz = "ws_polite_2" },
      T = { type = "terminal", name = "terms of use", quiz = "ws_ethics_1" },
      R = { type = "sign", name = "robots.txt", speaker = "stacks.example/robots.txt",
            text = "User-agent: *    Disallow: /cart    Disallow: /search    Disallow: /catalogue/    "
              .. "Allow: /catalogue/poetry/    Sitemap: https://stacks.example/sitemap.xml" },
      O = { type = "link", name = "link robots", url = "/robots.txt", requires = "scrapy" },
      H = { type = "link", name = "link /", url = "/", requires = "robots_txt" },
      A = { type = "link", name = "link poetry", url = "/catalogue/poetry/", label = "/catalogue/\npoetry/", requires = "scrapy" },
      Q = { type = "link", name = "link poetry 2", url = "/catalogue/poetry/page-2.html", label = "poetry/\npage-2.html" },
      D = { type = "link", name = "link history", url = "/catalogue/history/", label = "/catalogue/\nhistory/" },
      K = { type = "link", name = "link cart", url = "/cart" },
      U = { type = "link", name = "link about", url = "/about" },
      X = { type = "link", name = "link search", url = "/search?q=poetry" },
      P = { type = "pipeline", name = "item pipeline" },
      ["1"] = { type = "card", name = "book 1", field = "book", key = "leaves", label = "Leaves" },
      ["2"] = { type = "card", name = "book 2", field = "book", key = "raven", label = "Raven" },
      ["3"] = { type = "card", name = "book 3", field = "book", key = "ariel", label = "Ariel" },
      ["4"] = { type = "card", name = "book 2 again", field = "book", key = "raven", label = "Raven" },
      ["5"] = { type = "card", name = "history book", field = "history", label = "SPQR", sprite = "token_card_blue" },
      ["6"] = { type = "card", name = "cart", field = "cart", label = "cart", sprite = "token_card_blue" },
      m = { type = "card", name = "staff emails", field = "personal", label = "staff\nemails", sprite = "token_card_red" },
      s = { type = "card", name = "search results", field = "search", label = "results", sprite = "token_card_blue" },
      W = { type = "marker", name = "poetry stored" },
      h = { type = "tall_prop", sprite = "scraping_shelf" },
      c = { type = "prop", sprite = "scraping_catalogue" },
      l = { type = "prop", sprite = "scraping_lamp" },
    },
    rows = {
      "##################################################",
      "#h.......h#h......h#h......h#h.....#h....#h....eh#",
      "#.........#........#........#......#.....#.......#",
      "#...R..k..#.1......Q.3......#...5..#..6..#..m..T.#",
      "#.........#.....2..#.....4..#......#.....#.......#",
      "#.........#h......c#l......c#l....c#l...c#l.....c#",
      "#O###########A###############D#######K######U##E##",
      "#.........#...................................!..#",
      "#..Y...L..#...G..........................V.......#",
      "#.........#......................................#",
      "#.S.....b.H..........p..............J............#",
      "#.........#......................................#",
      "#..F......#.................................P....#",
      "#@....W...#......................................#",
      "###########################X######################",
      "#######################l.........c################",
      "#######################.....s.....################",
      "##################################################",
    },
  },

  dialogue = {
    yusuf = {
      { "Yusuf Demir, data engineer", "Big shop, big crawl: this one is a job for Scrapy. It runs "
        .. "your spider, follows links concurrently, retries, and hands every item to pipelines." },
      "You are the spider today. Scrapy fetches a site's /robots.txt before anything else when "
        .. "ROBOTSTXT_OBEY is on, so do the same: read the rules, then follow only the links they allow.",
      "The brief: every poetry book Stacks sells, each once. Elena from legal wants a word before "
        .. "you leave.",
    },
    elena = {
      { "Elena Petrova, legal counsel", "robots.txt is a request, not a lock; the law is what "
        .. "binds us. Terms of use, copyright and data protection decide what we may collect." },
      "Come back once you have read Stacks' terms of use, in /about. Then tell me which jobs you "
        .. "would take on.",
    },
    elena_after = {
      { "Elena Petrova, legal counsel", "Good instincts. When in doubt, ask the site, or ask me: "
        .. "an official API or a licence beats any scraper." },
    },
  },

  exercises = {
    ws_scrapy_1 = {
      kind = "fill", skill = "scrapy", language = "python",
      prompt = "Finish the spider: hand each book to Scrapy as an item, and follow the relative "
        .. "link to the next page.",
      code = [==[
import scrapy

class PoetrySpider(scrapy.Spider):
    name = "poetry"
    start_urls = [
        "https://stacks.example/catalogue/poetry/"]

    def parse(self, response):
        for b in response.css("article.product_pod"):
            t = b.css("h3 a::attr(title)").get()
            p = b.css(".price_color::text").get()
            {1} {"title": t, "price": p}
        nxt = response.css(".next a::attr(href)").get()
        if nxt:
            yield response.{2}(nxt, self.parse)
]==],
      blanks = {
        { options = { "yield", "return", "print" }, answer = 1,
          why = {
            "yield hands each item to Scrapy and the loop goes on to the next book.",
            "return would end parse() at the first book, and the next page is never followed.",
            "print shows it on screen; Scrapy never receives an item.",
          } },
        { options = { "follow", "urljoin", "get" }, answer = 1,
          why = {
            "response.follow builds a Request from a relative URL; yield it and Scrapy schedules it.",
            "urljoin only returns the absolute URL as a string, not a Request.",
            "Responses have no get(); selectors do.",
          } },
      },
      explain = "A callback yields items and requests, as many as it likes; Scrapy schedules the "
        .. "requests (concurrently, with its dedupe filter) and sends the items to the pipelines.",
    },
    ws_scrapy_2 = {
      kind = "code", skill = "scrapy", language = "python",
      prompt = "This pipeline should drop books seen before, yet duplicates still reach the "
        .. "database. Which line is the bug?",
      code = [==[
from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

class DedupePipeline:
    def process_item(self, item):
        seen = set()
        url = ItemAdapter(item)["url"]
        if url in seen:
            raise DropItem(f"duplicate: {url}")
        seen.add(url)
        return item
]==],
      answer = 6,
      why = {
        [5] = "process_item(self, item) is the current signature; the spider argument is deprecated since Scrapy 2.14.",
        [6] = "A new empty set for every item: nothing is ever seen. Create it once, in __init__ or open_spider.",
        [9] = "Raising DropItem is how a pipeline discards an item.",
        [11] = "Returning the item passes it on to the next pipeline: right.",
      },
      explain = "A pipeline is one object for the whole crawl: keep state on self (self.seen = set() "
        .. "in __init__). Enable it in ITEM_PIPELINES with an order number.",
    },
    ws_robots_1 = {
      kind = "sort", skill = "robots_txt",
      prompt = "robots.txt: Disallow: /cart, Disallow: /search, Disallow: /catalogue/, "
        .. "Allow: /catalogue/poetry/. May a crawler fetch each path?",
      bins = { "Allowed", "Disallowed" },
      items = {
        { "/catalogue/poetry/page-2.html", bin = 1, why = "Allow: /catalogue/poetry/ is the longest match, so it wins." },
        { "/about", bin = 1, why = "No rule matches: what is not disallowed is allowed." },
        { "/catalogue/history/", bin = 2, why = "Only Disallow: /catalogue/ matches." },
        { "/cartography", bin = 2, why = "Rules are prefixes: /cart matches /cartography too." },
        { "/search?q=poetry", bin = 2, why = "The query string is part of the matched path: /search matches." },
        { "/Cart", bin = 1, why = "Paths match case-sensitively: /cart does not match /Cart." },
      },
      explain = "RFC 9309: the most specific rule, the one with the most matching characters, "
        .. "wins; on a tie Allow wins. The order of the lines does not matter.",
    },
    ws_robots_2 = {
      kind = "choice", skill = "robots_txt", scenario = true,
      prompt = "Your crawler asks a shop for /robots.txt and gets 503 Service Unavailable for the "
        .. "third day running. What does RFC 9309 say it should do?",
      choices = {
        { "Assume everything is disallowed, and use a cached copy if it has one", right = true,
          why = "A 5xx means unreachable: crawlers must treat the whole site as disallowed." },
        { "Crawl everything: no robots.txt means no rules", why = "That is the rule for 4xx (unavailable), such as 404, not for 5xx." },
        { "Crawl only the home page", why = "The RFC has no such middle way." },
      },
      explain = "4xx: the file is unavailable, so crawlers may access anything. 5xx or a network "
        .. "error: assume complete disallow. After a long outage (the RFC says 30 days, for "
        .. "example) a crawler may treat it as unavailable or keep a cached copy.",
    },
    ws_polite_1 = {
      kind = "fill", skill = "polite_crawling", language = "python",
      prompt = "settings.py for the Stacks crawl: obey robots.txt, say who you are, and let Scrapy "
        .. "slow down by itself when the site answers slowly.",
      code = [==[
BOT_NAME = "archive"
USER_AGENT = "ArchiveBot/2.0 (+https://archive.example)"
ROBOTSTXT_OBEY = {1}
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1
{2} = True
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
]==],
      blanks = {
        { options = { "True", "False" }, answer = 1,
          why = {
            "True makes RobotsTxtMiddleware fetch and follow each site's robots.txt.",
            "False is Scrapy's built-in default; new projects set True in settings.py.",
          } },
        { options = { "AUTOTHROTTLE_ENABLED", "RETRY_ENABLED", "HTTPCACHE_ENABLED" }, answer = 1,
          why = {
            "AutoThrottle adjusts the delay to the site's latency; it is off by default.",
            "Retries are already on by default; they do not slow anything down.",
            "The HTTP cache saves pages on disk for development; it sets no pace.",
          } },
      },
      explain = "A project made by scrapy startproject already sets ROBOTSTXT_OBEY = True, one "
        .. "request at a time per domain and a 1 s delay. AutoThrottle adapts on top of that.",
    },
    ws_polite_2 = {
      kind = "choice", skill = "polite_crawling", scenario = true,
      prompt = "Halfway through the crawl, Stacks starts answering 429 Too Many Requests with "
        .. "Retry-After: 120. What do you do?",
      choices = {
        { "Pause that site for at least 120 s, then continue more slowly", right = true,
          why = "The site told you how long to wait; honour it and lower your rate." },
        { "Retry at once from more IP addresses", why = "That dodges the limit on purpose: it harms the site and can get you blocked or sued." },
        { "Ignore 429 and keep going", why = "Every request now fails and adds load to a site that asked for less." },
        { "Set a browser's User-Agent so you look like a person", why = "Hiding who you are breaks trust, and many terms of use forbid it." },
      },
      explain = "Scrapy retries 429 by default (RETRY_HTTP_CODES). Slow down globally too: "
        .. "AutoThrottle, a larger DOWNLOAD_DELAY, fewer requests per domain.",
    },
    ws_ethics_1 = {
      kind = "choice", skill = "scraping_ethics", scenario = true,
      prompt = "Stacks' terms of use say: automated access is allowed for price comparison, "
        .. "not for copying reviews. The product API needs a free key. What do you do?",
      choices = {
        { "Register for the API key and take only prices, titles and links", right = true,
          why = "Within the terms, with the site's own data source: the safest path." },
        { "Scrape reviews too: they are public pages", why = "Public does not mean free to copy: the terms and copyright still apply." },
        { "Scrape everything, since robots.txt allows /catalogue/poetry/", why = "robots.txt only says what crawlers may fetch; it grants no rights to the content." },
      },
      explain = "Read the terms, prefer an official API, take only what your purpose needs, and "
        .. "ask legal when unsure: the rules differ by country.",
    },
    ws_ethics_2 = {
      kind = "sort", skill = "scraping_ethics",
      prompt = "Elena's list of proposed jobs. Which would you take on as they stand?",
      bins = { "Go ahead", "Stop and ask" },
      items = {
        { "Daily prices of books, within the terms, obeying robots.txt", bin = 1, why = "Factual data, allowed use, polite crawling." },
        { "Open government data the site offers under an open licence", bin = 1, why = "The licence grants the reuse." },
        { "Names and emails of a shop's staff for a sales list", bin = 2, why = "Personal data: the GDPR needs a lawful basis, whatever is public." },
        { "Whole articles of a news site, to republish", bin = 2, why = "Copying and republishing content raises copyright." },
        { "Data behind a login the terms forbid bots to use", bin = 2, why = "Logging in means accepting the terms; breaching them has legal risk." },
      },
      explain = "Check purpose, personal data, copyright and the terms before the first request. "
        .. "Collect the minimum, and prefer data published for reuse.",
    },
  },

  hints = {
    "Yusuf stands near the start: walk next to him and press {confirm}.",
    "Take the scrapy and robots orbs, answer spider.py, then fetch /robots.txt above the lobby.",
    "Read the rules and answer the rule checker: then the link / opens into the shop.",
    "Poetry lives under /catalogue/poetry/. Stay away from what robots.txt disallows.",
    "Store three poetry books, then visit /about and Elena.",
  },

  goals = {
    { talk = "Yusuf", text = "Talk to Yusuf", hint = "Yusuf stands just above where you start." },
    { collect = "scrapy", text = "Hold Scrapy", hint = "Take the scrapy orb, then answer spider.py." },
    { collect = "robots_txt", text = "Hold robots.txt",
      hint = "Take the robots orb, follow /robots.txt above the lobby, answer the rule checker." },
    { collect = "polite_crawling", text = "Hold Polite crawling",
      hint = "In the shop's hall: the polite orb, then settings.py or the crawl log." },
    { reach = "poetry stored", text = "Store 3 poetry books",
      hint = "The poetry pages are up the first door of the hall; the next page is through the wall." },
    { collect = "scraping_ethics", text = "Hold Scraping law and ethics",
      hint = "/about has the terms of use and an orb; then talk to Elena." },
    { answer = "ws_ethics_2", text = "Tell Elena which jobs to take",
      hint = "Elena stands in the lobby." },
  },

  grants = { xp = 80 },

  on_start = function()
    crawl().setup{
      site = "stacks.example", robots = ROBOTS, want = 3, accept = { "book" },
      drop = {
        history = "Not poetry: the brief asks for poetry only.",
        personal = "Personal data: not in the brief, and the GDPR applies. Dropped.",
        cart = "A cart page is not a book.",
        search = "Search results are not books.",
      },
      on_done = function()
        sq.goal("poetry stored")
        sq.xp(20)
        if crawl().violations() == 0 then
          sq.xp(30)
          sq.say("Yusuf", "Three poetry books, and not one rule broken: +30 XP for a clean crawl.")
        else
          sq.say("Yusuf", "Three poetry books. " .. crawl().violations() .. " robots.txt violation(s) "
            .. "though: in a real crawl that gets a bot banned.")
        end
      end,
    }
    crawl().lock("/", "Scrapy fetches /robots.txt before any other page of a site. "
      .. "Fetch it first: the door above the lobby.")
  end,

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_update = function()
    if not robots_read and crawl().fetched("/robots.txt") then
      robots_read = true
      crawl().unlock("/")
    end
  end,

  on_interact = function(e)
    if e.name == "Yusuf" then
      crawl().refresh(PREREQS)
    elseif e.name == "Elena" and sq.has_skill("scraping_ethics") and not elena_asked then
      sq.ask("ws_ethics_2")
    end
  end,

  on_answer = function(id, correct)
    if crawl().is_warmup(id) then
      sq.after(0.1, function() crawl().refresh(PREREQS) end)
      return
    end
    if correct then
      sq.xp(10)
      if id == "ws_ethics_2" then
        elena_asked = true
        crawl().set_talk("Elena", "elena_after")
      end
    end
  end,
}
