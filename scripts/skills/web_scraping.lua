-- scripts/skills/web_scraping.lua: the skills of Web Scraping.
-- The format of a skill card is in scripts/README.md.

local skills = {}
local function skill(t) skills[t.id] = t end

skill{
  id = "requests_lib", name = "Requests library", field = "web_scraping", side = "developer",
  requires = { "python", "http" },
  card = "Requests is the popular third-party Python library for HTTP: requests.get(url, timeout=10) returns a Response with its status code, headers and body. It waits for ever unless given a timeout, and raises on 4xx/5xx only in raise_for_status(). httpx offers the same style with async.",
}

skill{
  id = "beautifulsoup", name = "Beautiful Soup", field = "web_scraping", side = "developer",
  requires = { "python", "html" },
  optional = { "requests_lib" },
  card = "Beautiful Soup (package beautifulsoup4, import bs4) turns messy HTML into a tree: find_all() and find() search by tag and attributes, select() and select_one() by CSS selector, get_text(strip=True) reads text. It downloads nothing: pair it with an HTTP client such as Requests.",
}

skill{
  id = "lxml", name = "lxml", field = "web_scraping", side = "developer",
  requires = { "python", "html" },
  card = "lxml is a fast Python library for parsing HTML and XML, built on the C libraries libxml2 and libxslt. It supports XPath queries, and Beautiful Soup can use it as its parser.",
}

skill{
  id = "selectors", name = "Selectors and XPath", field = "web_scraping", side = "developer",
  requires = { "html", "css" },
  card = "CSS selectors such as p.price and XPath expressions such as //a/@href point at parts of a page. Selectors that name what a thing means (an id, microdata such as itemprop=price, a data- attribute, the page's JSON-LD) survive a redesign; positions and generated class names do not.",
}

skill{
  id = "extraction", name = "Extraction techniques", field = "web_scraping", side = "developer",
  requires = { "selectors" },
  one_of = { "beautifulsoup", "lxml" },
  card = "Extracting data takes more than one selector: follow pagination and links, normalise text, dates and prices, and remove duplicate records. Keeping the raw HTML lets you parse it again later without fetching it again.",
}

skill{
  id = "scrapy", name = "Scrapy", field = "web_scraping", side = "developer",
  requires = { "python", "http", "selectors" },
  card = "Scrapy (2.19 in late 2026) is a Python crawling framework: spiders yield items and requests (response.follow for links), Scrapy fetches concurrently with retries and robots.txt checks, and item pipelines clean, dedupe and store. First requests come from async start() since 2.13.",
}

skill{
  id = "robots_txt", name = "robots.txt", field = "web_scraping", side = "developer",
  requires = { "http" },
  card = "robots.txt, at the root of a site, tells crawlers which paths they may fetch. RFC 9309 (2022) standardised it: Allow and Disallow rules match path prefixes (with * and $), the longest match wins and Allow wins a tie. It is a request, not access control; respecting it is part of scraping responsibly.",
}

skill{
  id = "polite_crawling", name = "Polite crawling", field = "web_scraping", side = "developer",
  requires = { "robots_txt" },
  card = "Polite crawlers limit their rate per site (Scrapy: DOWNLOAD_DELAY, CONCURRENT_REQUESTS_PER_DOMAIN, AutoThrottle) and name themselves in an honest User-Agent. They skip unchanged pages with conditional requests and back off on 429, honouring Retry-After.",
}

skill{
  id = "headless_browsers", name = "Headless browsers", field = "web_scraping", side = "developer",
  requires = { "python", "javascript" },
  card = "Some pages build their content with JavaScript, so the fetched HTML is nearly empty. First look for the JSON the page itself loads (DevTools, Network tab) or embeds in a script tag. Only when there is none, drive a headless browser with Playwright or Selenium: much slower.",
}

skill{
  id = "scraping_ethics", name = "Scraping law and ethics", field = "web_scraping", side = "developer",
  requires = { "robots_txt" },
  card = "Public pages are not automatically free to copy: terms of service, copyright and privacy laws such as the GDPR may apply, and rules differ by country. Prefer an official API when there is one, and collect only the data you need.",
}

skill{
  id = "crawl_at_scale", name = "Crawling at scale", field = "web_scraping", side = "engineer",
  requires = { "scrapy", "polite_crawling" },
  optional = { "message_queues" },
  card = "Large crawls need a queue of URLs to visit, deduplication, retries, per-site rate limits and storage for results, often spread over many workers. Monitoring matters, because a site redesign can silently break extraction.",
}

skill{
  id = "change_detection", name = "Change detection", field = "web_scraping", side = "engineer",
  requires = { "extraction" },
  optional = { "crawl_at_scale" },
  card = "A crawl that runs every day must notice what changed and what broke. Conditional requests (ETag, If-Modified-Since) make unchanged pages cheap, a hash of the extracted fields shows a real change, and checks on each site's yield and values catch a redesign before bad data ships.",
}

return skills
