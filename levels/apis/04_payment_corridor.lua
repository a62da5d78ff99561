-- levels/apis/04_payment_corridor.lua: the APIs and Microservices quest,
-- level 4. The shop calls a payment provider's API (a PSP, like Stripe).
-- The player sets the shop's HTTP client by carrying a token to each of its
-- three settings (timeout, retries, idempotency key: the quest's mechanic,
-- lib/interchange.lua), then pulls the Black Friday lever: ten payments
-- fly to the PSP. Payment 3 is charged but answered 30 s late; payments 6
-- to 8 get 429 with Retry-After: 2. The player watches what a missing
-- timeout (a hung worker), a retry storm (503 for everyone) or a missing
-- idempotency key (a double charge) does, until all ten are charged once.
-- Play order: Luis -> the consuming orb, the charge script -> the three
-- settings and the lever -> the retry config, the 429 playbook, the retry
-- chart, Luis's timeout question -> exit.
-- Facts (requests and urllib3 2.7 run locally, RFC 9110 Retry-After, the
-- IETF Idempotency-Key draft, Stripe's docs): FACTS.md.

local function ix()
  return sq.module("interchange")
end

local stats = {}
local running = false
local run_id = 0
local last = "pull the lever"
local asks = { Luis = { { "apis_consume_4", "api_consuming" } } }
local taught = {}
local right = {}
local awarded = false -- the mechanic's XP, once

local function reset()
  stats = { charges = 0, doubles = 0, lost = 0, hung = 0, storm = 0, replayed = 0, done = 0 }
end
reset()

local function panel()
  local n, total = ix().count_filled()
  sq.panel{
    title = "Black Friday: 10 payments",
    ix().bar("Charges: " .. stats.charges .. " (10 orders)", stats.charges / 12,
      stats.doubles > 0 and "bad" or (stats.charges == 10 and "good" or nil)),
    { "Charged twice: " .. stats.doubles, tone = stats.doubles > 0 and "bad" or nil },
    { "Lost: " .. stats.lost .. ", hung: " .. stats.hung,
      tone = (stats.lost > 0 or stats.hung > 0) and "bad" or nil },
    ix().bar("PSP " .. (stats.storm > 0 and "overloaded" or "load normal"), stats.storm > 0 and 1 or 0.3,
      stats.storm > 0 and "bad" or nil),
    n < total and ("Client settings: " .. n .. " of " .. total) or ("Last: " .. last),
  }
end

local function settings()
  return { timeout = ix().value("timeout"), retries = ix().value("retries"), key = ix().value("key") }
end

local function note(text)
  last = text
  panel()
end

local function charge(again)
  ix().fly("payments API", "card network", function()
    stats.charges = stats.charges + 1
    if again then stats.doubles = stats.doubles + 1 end
    panel()
  end, 10)
end

local function verdict()
  running = false
  local say
  if stats.hung > 0 then
    say = "Payment 3 never came back: with no timeout the checkout worker is still waiting. requests "
      .. "waits for ever unless you pass timeout=."
  elseif stats.storm > 0 then
    say = "Retry storm! Every rate-limited call retried at once, again and again, and the PSP fell over: "
      .. "503 for everyone. Back off, add jitter, and wait as long as Retry-After says."
  elseif stats.doubles > 0 then
    say = "Payment 3 was charged twice. It timed out after the charge, and the retry came without the first "
      .. "try's Idempotency-Key, so the PSP saw a new payment."
  elseif stats.lost > 0 then
    say = "Without retries, " .. stats.lost .. " payments failed: payment 3 was charged yet the shop said "
      .. "it failed, and the 429s turned customers away."
  end
  if say then
    sq.say("Luis", say)
    return
  end
  sq.goal("rush survived")
  if not awarded then
    awarded = true
    sq.xp(40)
  end
  sq.say("Luis", "Ten orders, ten charges, not one twice. The timeout freed the worker, the retry waited "
    .. "as Retry-After asked, and the PSP replayed payment 3's first answer for its key.")
end

-- One payment: the shop calls the PSP, and the PSP's day decides the rest.
local function pay(i, this)
  ix().fly("shop", "payments API", function()
    if this ~= run_id then return end
    local c = settings()
    if i == 3 then
      charge(false)
      if c.timeout == "none" then
        stats.hung = stats.hung + 1
        note("#3 charged; the answer is slow")
      elseif c.retries == "none" then
        stats.lost = stats.lost + 1
        note("#3 timed out; no retry")
      else
        note("#3 timed out: retry")
        sq.after(0.8, function()
          if this ~= run_id then return end
          ix().fly("shop", "payments API", function()
            if this ~= run_id then return end
            if c.key == "per_payment" then
              stats.replayed = stats.replayed + 1
              note("#3 same key: replayed")
            else
              charge(true)
              note("#3 retried: charged again")
            end
          end, 9)
        end)
      end
    elseif i >= 6 and i <= 8 then
      if c.retries == "none" then
        stats.lost = stats.lost + 1
        note("#" .. i .. " 429, not retried")
      elseif c.retries == "storm" then
        stats.storm = stats.storm + 1
        stats.lost = stats.lost + 1
        note("#" .. i .. " 429: retry storm")
        for k = 1, 6 do
          sq.after(k * 0.08, function() ix().fly("shop", "payments API", nil, 14) end)
        end
      else
        note("#" .. i .. " 429: wait 2 s")
        sq.after(2 + i * 0.15, function()
          if this ~= run_id then return end
          ix().fly("shop", "payments API", function()
            if this == run_id then charge(false) end
          end, 9)
        end)
      end
    elseif i >= 9 and stats.storm > 0 then
      stats.lost = stats.lost + 1
      note("#" .. i .. " 503: overloaded")
    else
      charge(false)
      note("#" .. i .. " charged")
    end
  end, 9)
end

local function run()
  run_id = run_id + 1
  local this = run_id
  running = true
  reset()
  note("the rush begins")
  local fns = {}
  for i = 1, 10 do
    fns[#fns + 1] = function() pay(i, this) end
  end
  ix().sequence(fns, 0.5, function()
    sq.after(4.5, function() if this == run_id then verdict() end end)
  end)
end

return {
  format = 1,
  id = "apis.payment_corridor",
  quest = "apis",
  title = "The Payment Corridor",
  brief = "Black Friday: the shop will call the payment provider's API thousands of times. Last year a "
    .. "customer was charged twice. Talk to Luis first; {hint} gives a hint.",
  music = "apis_interchange",
  requires = { "rest_apis" },

  behaviours = {
    terminal = {
      sprite = "terminal", frames = 2, rate = 40, size = { 14, 12 }, offset = { -1, -4 }, solid = true,
      on_interact = function(self)
        if self.props.text then sq.say(self.props.speaker or "Sign", self.props.text) end
        sq.ask({ self.props.quiz, self.props.more })
      end,
    },
    setting = {
      sprite = "token_crate_blue", solid = true, size = { 12, 12 },
      on_spawn = function(self) ix().token_spawned(self) end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    settingslot = {
      sprite = "slot", solid = true,
      on_spawn = function(self) ix().slot_spawned(self) end,
      on_place = function(self, token) return ix().place(self, token) end,
      on_take = function(self, token) ix().take(self, token) end,
      on_interact = function(self) sq.say("Shop client: " .. self.props.slot, self.props.text) end,
    },
    room = {
      sprite = "server_rack", solid = true,
      on_spawn = function(self) ix().named(self); sq.set_label(self.id, self.props.label, true) end,
      on_interact = function(self) sq.say(self.name, self.props.text) end,
    },
    lever = {
      sprite = "lever_0", solid = true,
      on_spawn = function(self) sq.set_label(self.id, "Black Friday", true) end,
      on_interact = function(self)
        if running then return sq.say("Black Friday", "The rush is still on: watch the panel.") end
        if not ix().filled() then
          return sq.say("Black Friday", "Set all three of the shop client's settings first.")
        end
        sq.set_sprite(self.id, "lever_1")
        sq.after(1, function() sq.set_sprite(self.id, "lever_0") end)
        run()
      end,
    },
    marker = { hidden = true },
    msg = { sprite = "message_orb", frames = 4, rate = 6, size = { 8, 8 }, offset = { -4, -6 } },
  },

  map = {
    theme = "apis",
    legend = {
      M = { type = "mentor", name = "Luis", dialogue = "luis", look = "luis", facing = "down" },
      V = { type = "review", name = "review desk" },
      S = { type = "room", name = "shop", label = "shop",
            text = "The checkout service: 8 workers, each handling one customer's payment at a time." },
      P = { type = "room", name = "payments API", label = "payments API\n(PSP)",
            text = "POST /v1/charges. Today it is slow now and then, and rate-limits busy clients with 429." },
      N = { type = "room", name = "card network", label = "card network",
            text = "Every charge that lands here takes money from a customer's card." },
      L = { type = "lever", name = "lever" },
      c = { type = "skill", name = "consuming orb", skill = "api_consuming" },
      A = { type = "terminal", name = "charge script", speaker = "charge.py",
            text = "Last Black Friday, four checkout workers froze for minutes, waiting on the PSP.",
            quiz = "apis_consume_1" },
      R = { type = "terminal", name = "retry config", speaker = "http_client.py",
            text = "One requests.Session for every GET to the PSP, with urllib3's Retry.",
            quiz = "apis_consume_2" },
      Y = { type = "terminal", name = "429 playbook", speaker = "Runbook: 429",
            text = "What the client does when the PSP says: slow down.",
            quiz = "apis_consume_3" },
      H = { type = "terminal", name = "retry chart", speaker = "Retry chart",
            text = "Not every failure deserves a second try.",
            quiz = "apis_consume_5" },
      ["1"] = { type = "settingslot", name = "timeout slot", slot = "timeout", label = "timeout",
                text = "How long the client waits to connect, and for the answer." },
      ["2"] = { type = "settingslot", name = "retries slot", slot = "retries", label = "retries",
                text = "What the client does after a timeout, a 429 or a 503." },
      ["3"] = { type = "settingslot", name = "key slot", slot = "key", label = "Idempotency-Key",
                text = "The header that lets the PSP recognise a retried payment." },
      a = { type = "setting", name = "no timeout", kind = "timeout", value = "none",
            label = "no timeout", shown = "none" },
      b = { type = "setting", name = "timeout 3, 10", kind = "timeout", value = "set",
            label = "timeout=\n(3.05, 10)", shown = "(3.05, 10)" },
      d = { type = "setting", name = "retry at once", kind = "retries", value = "storm",
            label = "at once,\n10 times", shown = "at once x10" },
      e = { type = "setting", name = "backoff", kind = "retries", value = "backoff",
            label = "backoff, jitter,\nRetry-After", shown = "backoff+jitter" },
      f = { type = "setting", name = "never retry", kind = "retries", value = "none",
            label = "never", shown = "never" },
      g = { type = "setting", name = "no key", kind = "key", value = "none",
            label = "no key", shown = "none" },
      h = { type = "setting", name = "new key per try", kind = "key", value = "per_try",
            label = "new key\neach try", shown = "new each try" },
      k = { type = "setting", name = "one key per payment", kind = "key", value = "per_payment",
            label = "one key per\npayment", shown = "one per payment" },
      Z = { type = "marker", name = "rush survived" },
      q = { type = "prop", sprite = "apis_departure_board" },
      u = { type = "prop", sprite = "apis_tube" },
    },
    rows = {
      "####################E#######################",
      "#q...A.......R.......Y.......H...........q.#",
      "#..........................................#",
      "#.........M.........c......................#",
      "#..........................................#",
      "#..S...............P................N......#",
      "#..........................................#",
      "#..........................................#",
      "#..1........2........3..........L..........#",
      "#..........................................#",
      "#..........................................#",
      "#Z..a........b.............................#",
      "#..........................................#",
      "#..........................................#",
      "#...d........e........f....................#",
      "#..........................................#",
      "#..........................................#",
      "#...g........h........k....................#",
      "#..........................................#",
      "#u.@...................................V..u#",
      "############################################",
    },
  },

  dialogue = {
    luis = {
      { "Luis Ortega, payments engineer", "Hola! I look after how the shop pays: it calls the payment "
        .. "provider's API, a PSP, and the PSP charges the card." },
      "Networks fail in the worst places. A call can time out after the card was charged, and a busy "
        .. "PSP answers 429 Too Many Requests with a Retry-After header: come back in 2 seconds.",
      "Set the shop's HTTP client: a timeout, what to do on failure, and an Idempotency-Key. Then pull "
        .. "the Black Friday lever and watch ten payments go through. Each card charged once.",
      "The orb for consuming APIs is just east of me. Take it and come back: I have a question for you.",
    },
  },

  exercises = {
    apis_consume_1 = {
      kind = "code", skill = "api_consuming", language = "python",
      prompt = "Checkout workers froze for minutes while the PSP was slow. Which line lets them wait for ever?",
      code = [==[
import requests

def charge(order, key):
    resp = requests.post(
        "https://psp.example/v1/charges",
        json={"amount": order.cents, "currency": "eur"},
        headers={"Authorization": f"Bearer {API_KEY}",
                 "Idempotency-Key": key},
    )
    resp.raise_for_status()
    return resp.json()
]==],
      answer = 4,
      why = {
        [4] = "No timeout=: requests waits as long as the server keeps the connection open.",
        [8] = "The key is right: a retry with the same key cannot charge twice.",
        [10] = "raise_for_status() turns a 4xx or 5xx into an exception, as it should.",
      },
      explain = "requests has no default timeout; its docs say nearly all production code should set one. "
        .. "Pass timeout=(3.05, 10): a connect timeout and a read timeout, in seconds.",
    },
    apis_consume_2 = {
      kind = "fill", skill = "api_consuming", language = "python",
      prompt = "Retry idempotent calls to a flaky API politely, and never wait for ever.",
      code = [==[
from requests.adapters import HTTPAdapter
from urllib3.util import Retry

retry = Retry(total=5, backoff_factor=0.5,
              backoff_jitter={1},
              status_forcelist=[429, 502, 503, 504],
              respect_retry_after_header={2})
adapter = HTTPAdapter(max_retries=retry)
session.mount("https://", adapter)
resp = session.get(url, timeout={3})
]==],
      blanks = {
        { options = { "0.3", "0.0" }, answer = 1,
          why = { "Adds up to 0.3 s at random to each wait, so clients do not retry in step.",
                  "No jitter: every client that failed together retries together." } },
        { options = { "True", "False" }, answer = 1,
          why = { "Waits as long as the server's Retry-After asks (True is urllib3's default).",
                  "Ignores the server's own answer to 'when may I come back?'." } },
        { options = { "(3.05, 10)", "None" }, answer = 1,
          why = { "Connect within 3.05 s, and each read within 10 s.",
                  "None waits for ever, retries or not." } },
      },
      explain = "Waits grow as backoff_factor * 2^(n-1), plus jitter. urllib3 retries only idempotent methods "
        .. "by default (POST is not among them): a payment's retry needs an Idempotency-Key.",
    },
    apis_consume_3 = {
      kind = "order", skill = "api_consuming",
      prompt = "Put one payment's journey through a 429 in order.",
      items = {
        { "Make one Idempotency-Key for this payment", why = "Before the first try, so every try carries it." },
        { "POST /v1/charges with the key: 429, Retry-After: 2", why = "The PSP says: slow down, come back in 2 s." },
        { "Wait 2 s, plus a little random jitter", why = "Honour Retry-After; jitter spreads the clients out." },
        { "POST the same body again, with the same key", why = "Same key: the PSP can tell it is the same payment." },
        { "201 Created: one charge, stored with its key", why = "A later retry with that key gets this answer again." },
      },
      explain = "Retry-After (RFC 9110) may be seconds or a date. Honour it, add jitter, keep the key: the "
        .. "PSP then charges once, however many tries it takes.",
    },
    apis_consume_4 = {
      kind = "choice", skill = "api_consuming", scenario = true,
      prompt = "POST /v1/charges timed out after 10 s. You do not know whether the card was charged. What would you do?",
      choices = {
        { "Retry with the same Idempotency-Key: the PSP replays the first result", right = true,
          why = "If it charged, you get that charge back; if not, it charges now. Once either way." },
        { "Retry with a new Idempotency-Key",
          why = "A new key is a new payment to the PSP: the customer may pay twice." },
        { "Mark the order paid: it probably went through",
          why = "If it did not, you ship goods nobody paid for." },
        { "Tell the customer it failed and ask them to pay again",
          why = "If the first try charged, they pay twice, by your hand." },
      },
      explain = "A timeout means 'unknown', not 'failed'. Stripe's v1 API replays a key's first result (even a 500) "
        .. "and keeps keys at least 24 hours; the IETF Idempotency-Key draft offers the header to any API.",
    },
    apis_consume_5 = {
      kind = "sort", skill = "api_consuming",
      prompt = "After each answer, should the client retry (with backoff) or not?",
      bins = { "Retry later", "Do not retry" },
      items = {
        { "503 Service Unavailable", bin = 1, why = "The server expects to recover: back off and try again." },
        { "429 with Retry-After: 5", bin = 1, why = "Retry, after at least 5 seconds." },
        { "Connection refused before anything was sent", bin = 1, why = "Nothing reached the server, so a retry is safe." },
        { "400 Bad Request", bin = 2, why = "The same request will fail the same way: fix it." },
        { "422 with validation errors", bin = 2, why = "The content is wrong; retrying sends the same content." },
        { "401 Unauthorized", bin = 2, why = "Get a fresh token first; a blind retry just repeats the 401." },
      },
      explain = "Retry what may succeed later (timeouts, 429, 502, 503, 504), only when the request is "
        .. "idempotent or carries an idempotency key, and never retry a 4xx the client must fix.",
    },
  },

  hints = {
    "Luis stands in the north hall: walk next to him and press {confirm}.",
    "Carry one setting to each of the shop client's slots, then pull the Black Friday lever.",
    "The panel says what went wrong: a hung worker, a retry storm, a double charge, failed payments.",
    "Timeout set; back off with jitter and honour Retry-After; one key per payment, reused on retries.",
  },

  goals = {
    { talk = "Luis", text = "Talk to Luis",
      hint = "Luis stands in the north hall: press {confirm} next to him." },
    { collect = "api_consuming", text = "Hold Consuming APIs",
      hint = "Take the consuming orb east of Luis, then use the charge script or ask Luis." },
    { reach = "rush survived", text = "Ten payments, each charged once",
      hint = "Set timeout, retries and the key, then pull the lever. The panel says what failed." },
    { answer = "apis_consume_1", text = "Find why the workers froze",
      hint = "The charge script on the north wall: which call can wait for ever?" },
    { answer = "apis_consume_3", text = "Write the 429 playbook",
      hint = "The 429 playbook on the north wall." },
  },

  grants = { xp = 80 },

  on_start = function()
    ix().setup{
      accept = function(slot, token)
        if token.kind ~= slot.key then
          return false, "That setting belongs in the " .. token.kind .. " slot."
        end
        if running then return false, "Wait: the rush is still on." end
        return true
      end,
      placed = function() panel() end,
      taken = function()
        run_id = run_id + 1
        running = false
        panel()
      end,
    }
    panel()
  end,

  on_update = function(dt)
    ix().update(dt)
  end,

  on_collect = function(skill)
    taught[skill] = true
    sq.xp(10)
  end,

  on_interact = function(e)
    local list = {}
    for _, a in ipairs(asks[e.name] or {}) do
      if not right[a[1]] and (taught[a[2]] or sq.has_skill(a[2])) then list[#list + 1] = a[1] end
    end
    if #list > 0 then sq.ask(list) end
  end,

  on_answer = function(id, correct)
    if correct and not right[id] then
      right[id] = true
      sq.xp(10)
    end
  end,
}
