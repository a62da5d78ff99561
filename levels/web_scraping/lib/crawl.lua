-- levels/web_scraping/lib/crawl.lua: the Web Scraping quest's own mechanic.
-- The player is the crawler in a building whose rooms are the pages of a
-- site. A door is a link with its URL over it: following it fetches the
-- page (the door opens), unless the site's robots.txt disallows that URL,
-- and then the fetch is a violation: the site's admin throws the crawler
-- back and the panel counts it. In the rooms lie cards: pieces of the page
-- (a title, a price, an ad, a menu). The brief says which fields to
-- extract; the player carries those to the item pipeline, which drops what
-- is not asked for and what it has seen already, with the reason.
--
-- robots.txt matching follows RFC 9309 section 2.2.2: a rule matches when
-- its path is a prefix of the URL's path (with * for any characters and $
-- for the end), the longest matching rule wins, and when an Allow and a
-- Disallow match equally long, Allow wins. A path that no rule matches is
-- allowed. /robots.txt itself is always allowed.
local M = {}

local S = {
  rules = {},        -- { { allow = bool, path = "/cart" }, ... } for our user agent
  fetched = {},      -- url -> true
  nfetched = 0,
  items = {},        -- key -> true (what the pipeline has stored)
  nitems = 0,
  want = 0,          -- items the brief asks for
  accept = {},       -- field -> true: what the brief asks for
  drop = {},         -- field -> reason the pipeline gives for dropping it
  violations = 0,
  site = "the site",
  on_done = nil,
  done = false,
  locked = {},       -- url -> what the door says until unlocked
}

-- True when the rule's path (with * and an ending $) matches the URL path;
-- returns the rule's length in octets (its priority) or nil.
function M.match(rule, path)
  if rule == "" then return nil end -- an empty Disallow matches nothing
  local anchored = rule:sub(-1) == "$"
  local body = anchored and rule:sub(1, -2) or rule
  local pat = "^" .. body:gsub("[%^%$%(%)%%%.%[%]%+%-%?]", "%%%0"):gsub("%*", ".-")
  if anchored then pat = pat .. "$" end
  if path:find(pat) then return #rule end
  return nil
end

-- Whether robots.txt allows the path, and the rule that decided (or nil).
function M.allowed(path)
  if path == "/robots.txt" then return true, nil end
  local best, best_len = nil, -1
  for _, r in ipairs(S.rules) do
    local len = M.match(r.path, path)
    if len and (len > best_len or (len == best_len and r.allow)) then
      best, best_len = r, len
    end
  end
  if not best then return true, nil end
  return best.allow, best
end

function M.rule_text(r)
  return (r.allow and "Allow: " or "Disallow: ") .. r.path
end

function M.panel()
  local lines = {
    "Site: " .. S.site,
    "Fetched: " .. S.nfetched .. " pages",
  }
  if (S.dropped or 0) > 0 then lines[#lines + 1] = "Dropped: " .. S.dropped end
  if S.want > 0 then
    lines[#lines + 1] = { "Items: " .. S.nitems .. " of " .. S.want,
      value = math.min(1, S.nitems / S.want), tone = S.nitems >= S.want and "good" or "warn" }
  end
  if #S.rules > 0 then
    lines[#lines + 1] = { "Violations: " .. S.violations,
      value = math.min(1, S.violations / 3), tone = S.violations == 0 and "good" or "bad" }
  end
  sq.panel{ title = "Crawler", table.unpack(lines) }
end

-- Sets the crawl up; the level calls it from on_start.
-- opts: site, robots = { "Disallow: /cart", "Allow: /x" }, want, accept = { "title", ... },
-- drop = { ad = "why it is dropped" }, on_done = function() end
function M.setup(opts)
  S.site = opts.site or S.site
  S.rules = {}
  for _, line in ipairs(opts.robots or {}) do
    local kind, path = line:match("^(%a+):%s*(.-)%s*$")
    if kind and path then
      S.rules[#S.rules + 1] = { allow = kind:lower() == "allow", path = path }
    end
  end
  S.want = opts.want or 0
  S.accept = {}
  for _, f in ipairs(opts.accept or {}) do S.accept[f] = true end
  S.drop = opts.drop or {}
  S.on_done = opts.on_done
  M.panel()
end

function M.violations() return S.violations end
function M.dropped() return S.dropped or 0 end
function M.items() return S.nitems end
function M.fetched(url) return S.fetched[url] == true end

-- A door that says `why` instead of opening, until M.unlock(url).
function M.lock(url, why) S.locked[url] = why end
function M.unlock(url) S.locked[url] = nil end

-- A door spawns: its URL over it, from afar.
function M.link_spawned(self)
  sq.set_label(self.id, self.props.label or self.props.url, true)
end

-- The player follows a link: fetch the page, or break robots.txt.
function M.follow(self)
  if self.opened then return end
  local url = self.props.url
  if S.locked[url] then
    sq.say(self.props.speaker or "Link", S.locked[url])
    return
  end
  local need = self.props.requires
  if need and not sq.has_skill(need) then
    local info = sq.skill(need)
    sq.say("Link", "To fetch " .. url .. " you need " .. (info and info.name or need)
      .. ": take its orb and answer one of its questions.")
    return
  end
  local path = url:gsub("^https?://[^/]+", "")
  local ok, rule = M.allowed(path)
  if not ok then
    S.violations = S.violations + 1
    M.panel()
    sq.hurt()
    sq.say("Site admin", "A bot fetched " .. path .. ", which robots.txt disallows ("
      .. M.rule_text(rule) .. " is the longest rule that matches). Blocked for now.")
    return
  end
  self.opened = true
  sq.open_gate(self.id)
  sq.set_sprite(self.id, "door_open")
  if not S.fetched[url] then
    S.fetched[url] = true
    S.nfetched = S.nfetched + 1
  end
  M.panel()
end

-- A card spawns: its text over it, from afar.
function M.field_spawned(self)
  sq.set_label(self.id, self.props.label or self.name, true)
end

-- The pipeline is offered a card: store it, or drop it with the reason.
function M.offer(slot, token)
  local p = token.props or {}
  local field = p.field
  -- A dropped item is gone, as DropItem makes it in Scrapy: out of the
  -- player's hands, with the reason on screen.
  if not S.accept[field] then
    sq.after(0.1, function() sq.remove(token.id) end)
    S.dropped = (S.dropped or 0) + 1
    return false, S.drop[field] or "Not asked for: the pipeline drops it."
  end
  local key = p.key or token.name
  if S.items[key] then
    sq.after(0.1, function() sq.remove(token.id) end)
    S.dropped = (S.dropped or 0) + 1
    return false, "Duplicate: " .. (p.label or key):gsub("\n", " ") .. " is stored already (DropItem)."
  end
  S.items[key] = true
  S.nitems = S.nitems + 1
  M.panel()
  -- The item goes into storage: the slot is free for the next one.
  sq.after(0.3, function() sq.remove(token.id) end)
  if S.nitems >= S.want and S.want > 0 and not S.done then
    S.done = true
    if S.on_done then sq.after(0.5, S.on_done) end
  end
  return true
end

-- Skills a player is expected to bring: each missing one is taught again
-- (sq.grant) and its warm-up from the quest's bank asked, one at a time.
-- True while something was asked (the mentor then waits).
M.warmups = {
  python = "ws_warm_python", http = "ws_warm_http", html = "ws_warm_html",
  css = "ws_warm_css", javascript = "ws_warm_javascript",
  requests_lib = "ws_warm_requests", beautifulsoup = "ws_warm_bs4", selectors = "ws_warm_selectors",
  scrapy = "ws_warm_scrapy", robots_txt = "ws_warm_robots", polite_crawling = "ws_warm_polite",
  extraction = "ws_ext_4",
}

function M.refresh(skills)
  for _, skill in ipairs(skills) do
    if not sq.has_skill(skill) then
      if sq.grant(skill) then sq.ask(M.warmups[skill]) end
      return true
    end
  end
  return false
end

function M.is_warmup(id)
  for _, ex in pairs(M.warmups) do
    if ex == id then return true end
  end
  return false
end

-- People of the quest: a look, turned to whoever talks to them, and a
-- conversation the level can change as the story moves (M.set_talk).
local talks = {}

function M.set_talk(name, dialogue) talks[name] = dialogue end

function M.person_spawned(self)
  sq.set_sprite(self.id, "person_" .. self.props.look .. "_" .. (self.props.facing or "down"), 2, 36)
end

function M.person_talk(self)
  local me, p = sq.entity(self.id), sq.player()
  if me and p then
    local dx, dy = p.x - me.x, p.y - me.y
    local facing
    if math.abs(dx) > math.abs(dy) then facing = dx < 0 and "left" or "right"
    else facing = dy < 0 and "up" or "down" end
    sq.set_sprite(self.id, "person_" .. self.props.look .. "_" .. facing, 2, 36)
  end
  local d = talks[self.name] or self.props.dialogue
  if d then sq.dialogue(d) end
  sq.goal(self.name)
end

return M
