-- levels/web_scraping/bank.lua: the Web Scraping quest's review-only
-- exercises. The ws_warm_* items are also the warm-ups a mentor asks a
-- player who arrives without a skill the level builds on (lib/crawl.lua's
-- refresh). Facts: FACTS.md.
return {
  format = 1,
  quest = "web_scraping",
  exercises = {
    -- Warm-ups for skills other quests teach.
    ws_warm_python = {
      kind = "choice", skill = "python",
      prompt = "prices = [\"12.50\", \"3.99\"]. Which line gives their total as a number?",
      choices = {
        { "sum(float(p) for p in prices)", right = true, why = "Each string becomes a float, then sum() adds them: about 16.49 (Decimal would be exact)." },
        { "sum(prices)", why = "sum() starts from 0 and cannot add a string to an int: TypeError." },
        { "\"\".join(prices)", why = "That glues the strings together: \"12.503.99\"." },
      },
      explain = "Text scraped from a page is always a string: convert it before doing arithmetic.",
    },
    ws_warm_http = {
      kind = "choice", skill = "http",
      prompt = "A crawler gets 429 Too Many Requests from a shop. What is the server saying?",
      choices = {
        { "Slow down: this client sent too many requests in a given time", right = true,
          why = "429 is rate limiting; a Retry-After header may say how long to wait." },
        { "The page does not exist", why = "That is 404 Not Found." },
        { "The server crashed", why = "Server failures are 5xx, such as 500 or 503." },
      },
      explain = "4xx codes say the client must change something; for 429 that is its speed.",
    },
    ws_warm_html = {
      kind = "choice", skill = "html",
      prompt = "In <a href=\"/books/2\" class=\"title\">Tipping</a>, where is the link's address?",
      choices = {
        { "In the href attribute", right = true, why = "Attributes sit inside the opening tag; href holds the address." },
        { "In the element's text, Tipping", why = "The text is what the reader sees, not where the link goes." },
        { "In the class attribute", why = "class names a style group; it points nowhere." },
      },
      explain = "An element has a tag, attributes in its opening tag, and content between the tags.",
    },
    ws_warm_css = {
      kind = "choice", skill = "css",
      prompt = "Which CSS selector picks <p class=\"price\"> elements inside <article> elements?",
      choices = {
        { "article p.price", right = true, why = "A space means descendant: any p.price inside an article." },
        { "article.p.price", why = "That is one article element with the classes p and price." },
        { "p.price article", why = "That picks articles inside a p.price: the wrong way round." },
      },
      explain = "Selectors read left to right, from the outer element to the one you want.",
    },
    ws_warm_javascript = {
      kind = "choice", skill = "javascript",
      prompt = "A page's HTML has an empty <div id=\"app\"></div>, yet the browser shows a full book list. Why?",
      choices = {
        { "JavaScript fetched the data after load and built the list in the page", right = true,
          why = "Single-page apps render in the browser, often from a JSON API." },
        { "The server hid the list in a CSS file", why = "CSS styles content; it does not hold the list." },
        { "The browser guessed the content", why = "Browsers show what the HTML and scripts produce, nothing more." },
      },
      explain = "What the server sends and what the browser shows can differ: scripts change the page.",
    },

    -- Requests
    ws_warm_requests = {
      kind = "order", skill = "requests_lib",
      prompt = "Put the steps of fetching one page with Requests in order.",
      items = {
        { "requests.get(url, headers=..., timeout=10)", why = "Send the request, with a User-Agent and a timeout." },
        { "resp.raise_for_status()", why = "Stop on 4xx and 5xx before using the body." },
        { "html = resp.text", why = "The body, decoded to text." },
        { "soup = BeautifulSoup(html, \"html.parser\")", why = "Parse it into a tree to search." },
      },
      explain = "Fetch, check the status, then decode and parse: parsing an error page gives garbage that looks like data.",
    },
    ws_req_3 = {
      kind = "choice", skill = "requests_lib", scenario = true,
      prompt = "Your script fetches 300 pages from one shop, one after another. What makes it faster and kinder to the shop?",
      choices = {
        { "One requests.Session() for all of them: it reuses the TCP and TLS connection", right = true,
          why = "A Session keeps connections alive and carries cookies and headers along." },
        { "300 threads, each calling requests.get at once", why = "A burst of 300 parallel requests can overload a small shop and get you blocked." },
        { "verify=False, to skip the certificate check", why = "That saves almost nothing and lets anyone in the middle change the pages." },
      },
      explain = "A Session pools connections per host. Keep the pace polite, say 1 request per second for a small site.",
    },

    -- Beautiful Soup
    ws_warm_bs4 = {
      kind = "choice", skill = "beautifulsoup",
      prompt = "card.select_one(\"p.price\") finds <p class=\"price\">\\n  51.77 </p>. Which call gives \"51.77\"?",
      choices = {
        { "get_text(strip=True)", right = true, why = "It joins the text and strips the whitespace around it." },
        { "get_text()", why = "It keeps the newline and the spaces around the number." },
        { "prettify()", why = "That returns the element's HTML, tags included, indented." },
      },
      explain = "get_text() returns all the text inside a tag; strip=True trims each piece of it.",
    },
    ws_bs4_3 = {
      kind = "sort", skill = "beautifulsoup",
      prompt = "What does each Beautiful Soup call return when nothing on the page matches?",
      bins = { "None", "An empty list" },
      items = {
        { "soup.select_one(\"p.price\")", bin = 1, why = "select_one returns the first match or None." },
        { "soup.find(\"table\")", bin = 1, why = "find returns the first match or None." },
        { "soup.select(\"p.price\")", bin = 2, why = "select returns a list of every match: [] here." },
        { "soup.find_all(\"a\")", bin = 2, why = "find_all returns a list (a ResultSet): empty here." },
      },
      explain = "Single-result calls give None, so check them before calling a method; list calls give [], which is safe to loop over.",
    },

    -- Selectors
    ws_warm_selectors = {
      kind = "choice", skill = "selectors",
      prompt = "Which selector points at the price by what it means rather than where it sits?",
      choices = {
        { "[itemprop=\"price\"]", right = true, why = "Microdata names the meaning; it stays when the layout changes." },
        { "div:nth-child(4) > span", why = "A position: any new element before it breaks it." },
        { "body > div > div > div > span", why = "A chain of layout; every redesign breaks it." },
      },
      explain = "Meaningful hooks (ids, microdata, data- attributes, structured data) outlive layouts.",
    },
    ws_sel_3 = {
      kind = "fill", skill = "selectors", language = "python",
      prompt = "Take the title from each book card's link and the price from its microdata.",
      code = [==[
for card in soup.select("article.product_pod"):
    title = card.select_one("h3 a")[{1}]
    price_tag = card.select_one({2})
]==],
      blanks = {
        { options = { "\"title\"", "\"href\"", "0" }, answer = 1,
          why = {
            "The full title sits in the link's title attribute; the text may be cut short.",
            "href is the link's address, not its title.",
            "A tag is read by attribute name, not by position.",
          } },
        { options = { "\"[itemprop=price]\"", "\"p:nth-child(3)\"", "\"p\"" }, answer = 1,
          why = {
            "An attribute selector on the microdata: it names the price.",
            "A position in the layout: one added element and it reads the wrong line.",
            "The first p of the card might be the stock line or anything else.",
          } },
      },
      explain = "Read attributes like a dict and select by meaning. Attribute values in selectors may be quoted or bare when they are simple words.",
    },

    -- Extraction
    ws_ext_3 = {
      kind = "choice", skill = "extraction", scenario = true,
      prompt = "Your parser had a bug for a week and stored wrong prices. The pages have changed "
        .. "since. What would have let you fix the data without crawling again?",
      choices = {
        { "Keeping the raw HTML or JSON of every fetch, next to the parsed rows", right = true,
          why = "Raw responses let you parse again with the fixed code, as often as needed." },
        { "Logging the parsed rows twice", why = "Two copies of wrong data are still wrong." },
        { "A bigger database", why = "Size does not bring back pages you never kept." },
      },
      explain = "Store raw responses (compressed, or WARC files) apart from the parsed data: parsing is cheap to redo, fetching is not.",
    },
    ws_ext_4 = {
      kind = "sort", skill = "extraction",
      prompt = "Listing pages give you these links. Which are the same book page, to crawl once?",
      bins = { "Same as /book/42", "A different page" },
      items = {
        { "/book/42?utm_source=newsletter", bin = 1, why = "Tracking parameters do not change the page: strip them." },
        { "/book/42#reviews", bin = 1, why = "A fragment never reaches the server." },
        { "https://quire.example/book/42", bin = 1, why = "The same path made absolute." },
        { "/book/420", bin = 2, why = "A different id: another book." },
        { "/book/42/reviews?page=2", bin = 2, why = "Another resource under the book." },
      },
      explain = "Canonicalise URLs before deduplicating: absolute form, no fragment, no tracking parameters. A page's <link rel=\"canonical\"> helps too.",
    },

    -- Scrapy
    ws_warm_scrapy = {
      kind = "order", skill = "scrapy",
      prompt = "Follow one page through Scrapy, from the request to the database.",
      items = {
        { "The engine takes a Request from the scheduler", why = "The scheduler queues requests, deduplicated." },
        { "The downloader fetches it, through downloader middlewares", why = "Middlewares add robots.txt checks, retries, headers." },
        { "The spider's callback parses the Response", why = "parse() or the callback named in the Request." },
        { "The callback yields items and new requests", why = "Requests go back to the scheduler, items onward." },
        { "Item pipelines clean, deduplicate and store the item", why = "Each pipeline's process_item in ITEM_PIPELINES order." },
      },
      explain = "Scrapy's engine moves requests, responses and items between the scheduler, downloader, spiders and pipelines, many pages at a time.",
    },
    ws_scrapy_3 = {
      kind = "choice", skill = "scrapy", scenario = true,
      prompt = "An old spider builds its first requests in start_requests(). After upgrading to "
        .. "Scrapy 2.19 it starts, fetches nothing and closes. Why?",
      choices = {
        { "start_requests() was removed in 2.18: define async def start(self) instead", right = true,
          why = "Deprecated in 2.13, removed in 2.18: the method is no longer called." },
        { "Scrapy 2.19 needs a browser to start", why = "Scrapy fetches over HTTP itself; browsers are an add-on (scrapy-playwright)." },
        { "start_urls must now be a tuple", why = "start_urls is still a list of URLs, used by the default start()." },
      },
      explain = "Since Scrapy 2.13 the first requests come from the async start() method (it can yield requests and items); keep both only to support older versions.",
    },

    -- robots.txt
    ws_warm_robots = {
      kind = "choice", skill = "robots_txt",
      prompt = "robots.txt says Disallow: /private. What does that do to a crawler that ignores it?",
      choices = {
        { "Nothing technical: robots.txt is a request, not access control", right = true,
          why = "The server still answers; the file only states the owner's wishes." },
        { "The server refuses its requests under /private", why = "Servers do not enforce robots.txt; use authentication to protect pages." },
        { "Browsers warn its users", why = "Browsers do not read robots.txt at all." },
      },
      explain = "Honour robots.txt because it is the owner's stated wish (and ignoring it weighs against you legally), never rely on it to hide anything.",
    },
    ws_robots_3 = {
      kind = "fill", skill = "robots_txt", language = "text",
      prompt = "Keep crawlers out of the shop's account pages but let them read its help pages "
        .. "under /account/help/.",
      code = [==[
User-agent: *
{1}: /account/
{2}: /account/help/
]==],
      blanks = {
        { options = { "Disallow", "Allow", "Noindex" }, answer = 1,
          why = {
            "Disallow: /account/ keeps crawlers out of everything under it.",
            "Allow would open the account pages.",
            "Noindex is not a robots.txt rule in RFC 9309; crawlers ignore it.",
          } },
        { options = { "Allow", "Disallow" }, answer = 1,
          why = {
            "The longer Allow wins over the shorter Disallow for paths under /account/help/.",
            "That would shut the help pages too.",
          } },
      },
      explain = "The longest matching rule wins, whatever the order of the lines. RFC 9309 defines only Allow and Disallow (plus * and $ in paths).",
    },

    -- Polite crawling
    ws_warm_polite = {
      kind = "sort", skill = "polite_crawling",
      prompt = "Which habits make a crawler polite?",
      bins = { "Polite", "Impolite" },
      items = {
        { "A User-Agent naming the bot and a contact URL", bin = 1, why = "The site can see who you are and reach you." },
        { "One request at a time per site, with a delay", bin = 1, why = "A small site can keep up." },
        { "Conditional GETs with If-Modified-Since or ETags", bin = 1, why = "Unchanged pages answer 304 with no body." },
        { "Rotating proxies to get around a rate limit", bin = 2, why = "It defeats the site's own protection on purpose." },
        { "Crawling all pages again every hour \"just in case\"", bin = 2, why = "Load for no new data: match the schedule to how often pages change." },
      },
      explain = "Politeness is identity, pace, and not asking twice for what has not changed.",
    },
    ws_polite_3 = {
      kind = "choice", skill = "polite_crawling", scenario = true,
      prompt = "You must fetch 50,000 product pages from one small shop each week. Which plan?",
      choices = {
        { "One request per second or so over a night, with conditional GETs", right = true,
          why = "About 14 hours at 1 per second: gentle, and unchanged pages cost almost nothing." },
        { "200 concurrent requests: done in minutes", why = "A burst like that can take a small shop down: effectively a denial of service." },
        { "Ask for the shop's product feed or API first", why = "A good first step, but the brief says pages; if there is no feed, you still need a pace." },
      },
      explain = "Spread the crawl over time, send one request at a time per host, and make unchanged pages cheap (ETag, Last-Modified, sitemaps' lastmod).",
    },

    -- Law and ethics
    ws_ethics_3 = {
      kind = "choice", skill = "scraping_ethics",
      prompt = "A profile page on a public site shows a person's name and email to anyone. May "
        .. "you scrape and store it freely in the EU?",
      choices = {
        { "No: it is still personal data, so the GDPR applies", right = true,
          why = "Public availability does not remove the need for a lawful basis, minimisation and the person's rights." },
        { "Yes: anything public is free to use", why = "Public does not mean free: data protection and copyright still apply." },
        { "Yes, if robots.txt allows the page", why = "robots.txt says nothing about what you may do with data." },
      },
      explain = "Personal data needs a lawful basis and minimisation under the GDPR, wherever you found it. Leave it out unless your purpose truly needs it.",
    },

    -- Crawling at scale (engineer)
    ws_scale_3 = {
      kind = "fill", skill = "crawl_at_scale", language = "python",
      prompt = "Retry 429 and 5xx answers politely: honour Retry-After when it is a number of "
        .. "seconds, else back off exponentially with jitter; give up after 4 tries.",
      code = [==[
import random, time

def fetch(session, url, tries=4):
    for attempt in range(tries):
        resp = session.get(url, timeout=10)
        if resp.status_code not in (429, 500, 502, 503):
            return resp
        wait = resp.headers.get("Retry-After", "")
        if not wait.isdigit():
            wait = 2 ** attempt + random.{1}(0, 1)
        time.sleep(float(wait))
    resp.{2}()
]==],
      blanks = {
        { options = { "uniform", "choice", "seed" }, answer = 1,
          why = {
            "uniform(0, 1) adds a random fraction of a second, so many workers do not retry in step.",
            "choice() picks from a sequence; it takes no (0, 1) range.",
            "seed() resets the generator and returns None.",
          } },
        { options = { "raise_for_status", "close", "json" }, answer = 1,
          why = {
            "After the last try, raise the HTTP error so the caller records the failure.",
            "close() hides the failure: the caller gets None and no reason.",
            "json() would parse an error page as if it were data.",
          } },
      },
      explain = "Exponential backoff with jitter spreads retries out. Retry-After may also be an HTTP date (RFC 9110), which this sketch simply treats as \"back off\".",
    },

    -- Change detection (engineer)
    ws_change_4 = {
      kind = "fill", skill = "change_detection", language = "python",
      prompt = "Ask for the page only if it changed since last night, using the ETag you stored.",
      code = [==[
headers = {"{1}": stored_etag}
resp = session.get(url, headers=headers, timeout=10)
if resp.status_code == {2}:
    return None  # unchanged: keep yesterday's item
stored_etag = resp.headers.get("ETag")
]==],
      blanks = {
        { options = { "If-None-Match", "If-Match", "Cache-Control" }, answer = 1,
          why = {
            "If-None-Match sends the ETag back; the server answers 304 if it still matches.",
            "If-Match is for safe updates: it fails with 412 when the ETag differs.",
            "Cache-Control sets caching rules; it does not send the ETag.",
          } },
        { options = { "304", "200", "204" }, answer = 1,
          why = {
            "304 Not Modified: no body, nothing to parse.",
            "200 means a full, possibly changed, page came back.",
            "204 No Content is not the answer to a conditional GET.",
          } },
      },
      explain = "Conditional requests (RFC 9110) make unchanged pages nearly free for both sides; Last-Modified with If-Modified-Since works the same way.",
    },
  },
}
