-- levels/web_scraping/04_night_crawl.lua: the Web Scraping quest, level 4,
-- the design review. The player, now the engineer, designs the crawler
-- that runs every night over 2,000 shops: frontier, politeness, retries,
-- storage and change detection, one part card on each slot of the design
-- board (a wrong card is explained and crossed out). Then the night runs on
-- the panel, a shop is redesigned mid-run, and the on-call engineer asks
-- what the system should do about it.
-- Play order: Luis (warm-ups, brief) -> the crawl-at-scale orb -> the five
-- slots -> Luis's sizing question -> the night lever -> Amara's incident ->
-- the run book, the change checker -> exit.
-- Facts (HTTP conditional requests RFC 9110, Retry-After, Scrapy): FACTS.md.

local function crawl()
  return sq.module("crawl")
end

local PREREQS = { "python", "http", "html", "css", "selectors", "beautifulsoup", "extraction", "scrapy",
                  "robots_txt", "polite_crawling" }
local SLOTS = 5
local placed, wrong = 0, 0
local night, tick, running, sized = 0, 0, false, false
local lever_id = nil

local function board_panel()
  sq.panel{ title = "Design board",
    "Parts placed: " .. placed .. " of " .. SLOTS,
    { placed == SLOTS and "Design complete" or "Missing parts", value = placed / SLOTS,
      tone = placed == SLOTS and "good" or "warn" },
    "Cards crossed out: " .. wrong }
end

-- The night, on the panel: 3,000,000 pages over 2,000 shops.
local function night_panel()
  local f = night / 100
  local pages = math.floor(3000000 * f)
  sq.panel{ title = "Night run 02:00",
    { "Pages: " .. pages .. " of 3000000", value = f, tone = f >= 1 and "good" or "warn" },
    "Unchanged (304): " .. math.floor(pages * 0.71),
    "Prices changed: " .. math.floor(pages * 0.021),
    "429s, backed off: " .. math.floor(pages * 0.0004),
    { night >= 60 and "Quire yield: 0% (alert)" or "Yield: 98% per shop", value = night >= 60 and 0 or 0.98,
      tone = night >= 60 and "bad" or "good" },
  }
end

return {
  format = 1,
  id = "web_scraping.night_crawl",
  quest = "web_scraping",
  title = "The Night Crawl",
  brief = "Design review: the archive's crawler must run every night over 2,000 shops, politely, "
    .. "and tell us what changed. You are the engineer now. Talk to Luis first; {hint} gives a hint.",
  music = "web_scraping",
  requires = { "scrapy", "robots_txt", "polite_crawling", "extraction" },

  behaviours = {
    part = {
      sprite = "token_chip_green", solid = true, size = { 12, 12 },
      props = { part = "the slot it belongs on", ok = "true for the right card",
                why = "why it goes there, or why not", label = "the words over it" },
      on_spawn = function(self) sq.set_label(self.id, self.props.label, true) end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    design_slot = {
      sprite = "slot", solid = true,
      props = { part = "which part of the design it holds", label = "the words over it" },
      on_spawn = function(self) sq.set_label(self.id, self.props.label, true) end,
      on_place = function(self, token)
        local p = token.props or {}
        if p.part ~= self.props.part then
          return false, "That card belongs on another slot of the board."
        end
        if not p.ok then
          wrong = wrong + 1
          board_panel()
          sq.after(0.1, function() sq.remove(token.id) end)
          return false, p.why
        end
        sq.set_sprite(self.id, "slot_lit")
        placed = placed + 1
        board_panel()
        sq.after(0.3, function() sq.say("Design note", p.why) end)
        if placed == SLOTS then
          sq.after(0.8, function()
            sq.goal("design approved")
            sq.xp(wrong == 0 and 40 or 20)
            sq.say("Luis", "The board is complete" .. (wrong == 0 and ", every card right first time: +40 XP." or ": +20 XP.")
              .. " Before we run it: one sizing question.")
            crawl().set_talk("Luis", "sizing")
          end)
        end
        return true
      end,
      on_take = function(self, token)
        sq.set_sprite(self.id, "slot")
        placed = placed - 1
        board_panel()
      end,
    },
    lever = {
      sprite = "lever_0", solid = true,
      on_spawn = function(self)
        lever_id = self.id
        sq.set_label(self.id, "run the night", true)
      end,
      on_interact = function(self)
        if running or night > 0 then return end
        if placed < SLOTS or not sized then
          return sq.say("Night lever", "The design board is not complete, or its review is not "
            .. "done: Luis signs off before anything runs.")
        end
        running = true
        sq.set_sprite(self.id, "lever_1")
      end,
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
              text = "engineer-side skills earned: Crawling at scale, and Change detection and data quality. Facts checked against RFC 9110 (ETag, 304, Retry-After), RFC 6585 (429) and Scrapy's settings. Sources: FACTS.md." },
      M = { type = "person", name = "Luis", dialogue = "luis", look = "luis", facing = "down" },
      A = { type = "person", name = "Amara", dialogue = "amara", look = "amara", facing = "down" },
      O = { type = "skill", name = "scale orb", skill = "crawl_at_scale" },
      C = { type = "skill", name = "change orb", skill = "change_detection" },
      B = { type = "terminal", name = "run book", quiz = "ws_scale_1" },
      K = { type = "terminal", name = "change checker", quiz = "ws_change_1" },
      N = { type = "terminal", name = "alert rules", quiz = "ws_change_2" },
      V = { type = "lever", name = "night lever" },
      W = { type = "marker", name = "design approved" },
      X = { type = "marker", name = "night done" },
      ["1"] = { type = "design_slot", name = "frontier slot", part = "frontier", label = "URL frontier" },
      ["2"] = { type = "design_slot", name = "politeness slot", part = "politeness", label = "politeness" },
      ["3"] = { type = "design_slot", name = "retries slot", part = "retries", label = "retries" },
      ["4"] = { type = "design_slot", name = "storage slot", part = "storage", label = "storage" },
      ["5"] = { type = "design_slot", name = "changes slot", part = "changes", label = "change detection" },
      a = { type = "part", name = "per-host queues", part = "frontier", ok = true, label = "per-host\nqueues",
            why = "A queue per host, URLs deduplicated once canonical: one slow shop never holds up the rest." },
      b = { type = "part", name = "one big list", part = "frontier", label = "one FIFO\nlist",
            why = "One list mixes hosts: a slow shop blocks the line, and no host's pace can be kept apart." },
      c = { type = "part", name = "per-host pace", part = "politeness", ok = true, label = "1 req/s\nper host",
            why = "About one request a second per shop, robots.txt cached up to 24 hours: gentle on every host." },
      d = { type = "part", name = "global rate", part = "politeness", label = "500 req/s\nglobal",
            why = "A global rate says nothing per host: 500 a second could all land on one small shop." },
      e = { type = "part", name = "backoff", part = "retries", ok = true, label = "backoff\n+ jitter",
            why = "Retry 429 and 5xx a few times, waiting longer each time with jitter, and honour Retry-After." },
      f = { type = "part", name = "retry at once", part = "retries", label = "retry\nat once",
            why = "Instant retries hammer a struggling site and turn a blip into an outage." },
      g = { type = "part", name = "raw and rows", part = "storage", ok = true, label = "raw pages\n+ rows",
            why = "Raw responses in object storage (WARC) and parsed rows in a database: a parser bug can be re-run." },
      h = { type = "part", name = "rows only", part = "storage", label = "parsed\nrows",
            why = "With only the parsed rows, a parser bug means crawling every page again." },
      i = { type = "part", name = "field hash", part = "changes", ok = true, label = "ETag +\nfield hash",
            why = "Conditional GETs skip unchanged pages; a hash of the extracted fields shows a real change." },
      j = { type = "part", name = "html diff", part = "changes", label = "diff the\nHTML",
            why = "Ads, timestamps and tokens change on every fetch: every page would look changed." },
      r = { type = "tall_prop", sprite = "scraping_shelf" },
      l = { type = "prop", sprite = "scraping_lamp" },
      q = { type = "prop", sprite = "scraping_catalogue" },
    },
    rows = {
      "##E#####################################",
      "#r....................................r#",
      "#...M....B....K....N...A...............#",
      "#......................................#",
      "#......................................#",
      "#......................................#",
      "#......................................#",
      "#......................................#",
      "#......................................#",
      "#...1......2......3......4......5......#",
      "#......................................#",
      "#......................................#",
      "#...a......d......e......h......j......#",
      "#......................................#",
      "#......................................#",
      "#......................................#",
      "#...b......c......f......g......i......#",
      "#......................................#",
      "#l.@..W..O....!....V......C.....X.....q#",
      "########################################",
    },
  },

  dialogue = {
    luis = {
      { "Luis Ortega, lead engineer", "So far we crawled one shop by hand. The archive now wants "
        .. "2,000 shops, about 3 million pages, every night, with the morning's price changes." },
      "Design it on the board: one card per slot. Each slot has two candidates; a wrong card "
        .. "gets crossed out, with the reason. Take the scale orb first.",
    },
    sizing = {
      { "Luis Ortega, lead engineer", "3 million pages, 2,000 shops, one request a second per shop. "
        .. "Will it finish by morning, and what limits it?" },
    },
    luis_after = {
      { "Luis Ortega, lead engineer", "Signed off. Pull the night lever: Amara is on call tonight." },
    },
    amara = {
      { "Amara Okafor, site reliability engineer", "I carry the pager for the crawler. What wakes "
        .. "me up should be rare and real: a shop's data broken, not one page missing." },
    },
    amara_incident = {
      { "Amara Okafor, site reliability engineer", "02:40, alert: Quire Books' extraction yield fell "
        .. "from 98% to 0%. Their pages still answer 200. They redesigned. What should the system do?" },
    },
    amara_after = {
      { "Amara Okafor, site reliability engineer", "Exactly. Bad data caught at night is an "
        .. "alert; bad data caught by a customer is an incident. Good design." },
    },
  },

  exercises = {
    ws_scale_1 = {
      kind = "order", skill = "crawl_at_scale",
      prompt = "Put one shop's part of the nightly run in order.",
      items = {
        { "Seed the queue from the shop's sitemap and yesterday's URLs", why = "Known URLs first; sitemaps list what exists." },
        { "Fetch robots.txt (or use the copy cached today)", why = "Rules before any page." },
        { "Conditional GET each page with its stored ETag", why = "304 Not Modified costs the shop almost nothing." },
        { "Parse, validate and hash the extracted fields", why = "Checks catch broken pages before they are stored." },
        { "Store raw pages; upsert rows whose hash changed", why = "History kept, and only real changes written." },
        { "Report yield and errors per shop to monitoring", why = "So a broken shop is noticed tonight." },
      },
      explain = "Rules, then cheap requests, then validated extraction, then storage, then numbers "
        .. "someone watches.",
    },
    ws_scale_2 = {
      kind = "choice", skill = "crawl_at_scale", scenario = true,
      prompt = "3,000,000 pages over 2,000 shops is 1,500 pages a shop. At one request a second "
        .. "per shop, will the crawl finish overnight, and what sets the pace?",
      choices = {
        { "Yes: each shop takes about 25 minutes; crawl hundreds of shops at once", right = true,
          why = "1,500 s per shop; the per-host pace is the limit, so parallelism across hosts does the rest." },
        { "No: 3 million seconds is 35 days, so raise the rate per shop", why = "That counts shops one after another; they can be crawled at the same time." },
        { "Yes, but only with headless browsers for speed", why = "Browsers are slower; plain HTTP with a polite pace is enough here." },
        { "No: CPU is the limit, so buy bigger machines", why = "At about 100 pages a second overall, politeness per host limits the crawl, not CPU." },
      },
      explain = "Spread load across hosts, never within one: 2,000 shops x 1,500 pages at 1/s each "
        .. "finishes in under an hour of wall time with enough shops in parallel.",
    },
    ws_change_1 = {
      kind = "code", skill = "change_detection", language = "python",
      prompt = "This check marks almost every page as changed every night, though prices rarely "
        .. "move. Which line causes it?",
      code = [==[
import hashlib, json

def changed(resp, item, last_hashes):
    if resp.status == 304:
        return False
    digest = hashlib.sha256(resp.body).hexdigest()
    old = last_hashes.get(item["url"])
    last_hashes[item["url"]] = digest
    return digest != old
]==],
      answer = 6,
      why = {
        [4] = "304 Not Modified means the page is unchanged: right to skip it.",
        [6] = "Hashing the whole body catches ads, timestamps and CSRF tokens: hash the extracted fields.",
        [9] = "Comparing with the last hash is right; what is hashed is the problem.",
      },
      explain = "Hash what you extract: json.dumps(item, sort_keys=True).encode(). Then a change "
        .. "means a change in the data, not in the page around it.",
    },
    ws_change_2 = {
      kind = "sort", skill = "change_detection",
      prompt = "Tonight's events. Which should page the on-call engineer, and which only show on "
        .. "the dashboard?",
      bins = { "Page someone", "Dashboard" },
      items = {
        { "A shop's extraction yield falls from 98% to 0%", bin = 1, why = "A redesign or a block: the data is wrong until fixed." },
        { "A shop's robots.txt now disallows /products/", bin = 1, why = "Stop crawling it and decide with legal: the owner changed the rules." },
        { "Every price of a shop is now 0.00", bin = 1, why = "Values out of range: a broken parser, not a sale." },
        { "71% of pages answered 304 Not Modified", bin = 2, why = "Normal: most pages do not change overnight." },
        { "One product page answered 404", bin = 2, why = "Products come and go; track the rate, not each one." },
        { "A shop was slow, so AutoThrottle stretched its delay", bin = 2, why = "The system adapted as designed." },
      },
      explain = "Alert on broken data and changed rules, per shop, with thresholds; leave normal churn "
        .. "to dashboards, or the pager is ignored.",
    },
    ws_change_3 = {
      kind = "choice", skill = "change_detection", scenario = true,
      prompt = "02:40: Quire Books redesigned; their pages still answer 200 but extraction yield is "
        .. "0%. What should the nightly crawler do with Quire's data?",
      choices = {
        { "Keep yesterday's prices marked stale, stop writing Quire, alert its owner", right = true,
          why = "No bad data ships, customers see the age of the data, and a person fixes the selectors." },
        { "Write the empty results: the site has no prices now", why = "Nulls would wipe 2,000 good prices and mislead every user." },
        { "Drop Quire from the crawl for good", why = "A redesign is routine; fix the selectors and go on." },
        { "Retry Quire's pages until the yield comes back", why = "The pages are fine: retrying the same 200s changes nothing." },
      },
      explain = "Validate before you write: a quality gate per site (yield, value ranges) quarantines "
        .. "a broken source, keeps the last good data, and tells a person.",
    },
  },

  hints = {
    "Luis stands at the top left: walk next to him and press {confirm}.",
    "Take the scale orb, then carry one card to each slot: the one that belongs there.",
    "Talk to Luis again: he has a sizing question before the night runs.",
    "Pull the night lever and watch the panel. Then Amara has a question.",
  },

  goals = {
    { talk = "Luis", text = "Talk to Luis", hint = "Luis stands at the top left of the room." },
    { reach = "design approved", text = "Complete the design board",
      hint = "Each slot takes one of the two cards below it. The card's words say what it does." },
    { collect = "crawl_at_scale", text = "Hold Crawling at scale",
      hint = "The scale orb is near the start; Luis's sizing question or the run book makes it held." },
    { reach = "night done", text = "Run the night",
      hint = "Pull the night lever once the board is complete and Luis has signed off." },
    { collect = "change_detection", text = "Hold Change detection",
      hint = "The change orb sits right of the lever; Amara, the change checker or the alert rules." },
    { answer = "ws_change_3", text = "Handle the 02:40 alert", hint = "Talk to Amara after the night." },
  },

  grants = { xp = 100 },

  on_start = function()
    board_panel()
  end,

  on_update = function()
    if not running then return end
    tick = tick + 1
    if tick % 6 == 0 and night < 100 then
      night = night + 2
      night_panel()
      if night == 60 then
        crawl().set_talk("Amara", "amara_incident")
        sq.say("Pager", "02:40 ALERT: quire.example extraction yield 0% (was 98%). Amara is on call.")
      end
      if night >= 100 then
        running = false
        sq.goal("night done")
        sq.xp(20)
        sq.keep("ws_night_run", "done")
        if lever_id then sq.set_label(lever_id, "night done", true) end
      end
    end
  end,

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_interact = function(e)
    if e.name == "Luis" then
      if crawl().refresh(PREREQS) then return end
      if placed == SLOTS and not sized then sq.ask("ws_scale_2") end
    elseif e.name == "Amara" and night >= 60 then
      sq.ask("ws_change_3")
    end
  end,

  on_answer = function(id, correct)
    if crawl().is_warmup(id) then
      sq.after(0.1, function() crawl().refresh(PREREQS) end)
      return
    end
    if correct then
      sq.xp(10)
      if id == "ws_scale_2" then
        sized = true
        crawl().set_talk("Luis", "luis_after")
      end
      if id == "ws_change_3" then crawl().set_talk("Amara", "amara_after") end
    end
  end,
}
