-- scripts/skills/web_scraping.lua: the skills of Web Scraping.
-- The format of a skill card is in scripts/README.md.

local skills = {}
local function skill(t) skills[t.id] = t end

skill{
  id = "requests_lib", name = "Requests library", field = "web_scraping", side = "developer",
  requires = { "python", "http" },
  card = "Requests is a popular third-party Python library for making HTTP calls: requests.get(url) returns a response with its status code, headers and body. It is a usual first tool for fetching pages and calling APIs.",
}

skill{
  id = "beautifulsoup", name = "Beautiful Soup", field = "web_scraping", side = "developer",
  requires = { "python", "html" },
  optional = { "requests_lib" },
  card = "Beautiful Soup is a Python library that turns messy HTML or XML into a tree you can search by tag, attribute or CSS selector. It does not download pages itself, so it is paired with an HTTP client such as Requests.",
}

skill{
  id = "lxml", name = "lxml", field = "web_scraping", side = "developer",
  requires = { "python", "html" },
  card = "lxml is a fast Python library for parsing HTML and XML, built on the C libraries libxml2 and libxslt. It supports XPath queries, and Beautiful Soup can use it as its parser.",
}

skill{
  id = "selectors", name = "Selectors and XPath", field = "web_scraping", side = "developer",
  requires = { "html", "css" },
  card = "CSS selectors such as div.price and XPath expressions such as //a/@href point at parts of a page. Choosing stable ones, like IDs rather than positions, makes a scraper break less often when the site changes.",
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
  card = "Scrapy is an open-source Python framework for crawling websites and extracting data. You write spiders that yield requests and items; Scrapy runs requests concurrently and passes items through pipelines for cleaning and storage.",
}

skill{
  id = "robots_txt", name = "robots.txt", field = "web_scraping", side = "developer",
  requires = { "http" },
  card = "robots.txt is a file at the root of a site that tells crawlers which paths they may visit. It is a convention, standardised as RFC 9309, not access control, and respecting it is part of scraping responsibly.",
}

skill{
  id = "polite_crawling", name = "Polite crawling", field = "web_scraping", side = "developer",
  requires = { "robots_txt" },
  card = "Polite crawlers limit their request rate, identify themselves with an honest User-Agent, avoid fetching the same page twice and back off on errors like 429 Too Many Requests. Crawling too fast can overload a small site.",
}

skill{
  id = "headless_browsers", name = "Headless browsers", field = "web_scraping", side = "developer",
  requires = { "python", "javascript" },
  card = "Some pages build their content with JavaScript, so the raw HTML is nearly empty. Tools like Playwright and Selenium drive a real browser, often headless, to render them; it is slow, so first look for the JSON API the page itself calls.",
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
  id = "change_detection", name = "Change detection and data quality", field = "web_scraping", side = "engineer",
  requires = { "extraction" },
  optional = { "crawl_at_scale" },
  card = "A crawl that runs every day must notice what changed and what broke. Conditional requests (ETag, If-Modified-Since) make unchanged pages cheap, a hash of the extracted fields shows a real change, and checks on each site's yield and values catch a redesign before bad data ships.",
}

return skills
