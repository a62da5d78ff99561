-- levels/apis/05_design_review.lua: the APIs and Microservices quest, level
-- 5, its design review. The player is the engineer now: the shop has grown
-- to five teams, and its one Flask app must change shape. On the design
-- board (the quest's mechanic, lib/interchange.lua) the player decides the
-- service boundaries, how the receipt e-mail leaves checkout, and how a
-- request is traced; the incident lever then replays Black Friday: one
-- checkout request travels gateway, orders, payments, the queue and the
-- e-mail worker, and the panel shows its trace. Each poor choice fails
-- the way it fails in production. Grants the engineer-side skills
-- Microservices (Yusuf) and Message queues (Amara).
-- Play order: Yusuf (the microservices orb, his scenario) -> Amara (the
-- queues orb, her scenario) -> the design board: three slots, nine
-- options, the incident lever -> the trace header, the split list, the
-- worker, the outbox -> exit.
-- Facts (W3C Trace Context, OpenTelemetry propagators, Fowler's
-- MonolithFirst, at-least-once delivery, the outbox pattern): FACTS.md.

local function ix()
  return sq.module("interchange")
end

local running = false
local run_id = 0
local trace = {}
local asks = { Yusuf = { { "apis_ms_1", "microservices" } }, Amara = { { "apis_mq_1", "message_queues" } } }
local taught = {}
local right = {}
local awarded = false -- the mechanic's XP, once

local SPANS = {
  { "gateway", "12 ms" }, { "orders", "35 ms" }, { "payments", "2100 ms" },
  { "queue publish", "3 ms" }, { "email worker", "8 s, async" },
}

local function panel()
  local lines = {}
  local traced = ix().value("tracing") == "otel"
  for i, s in ipairs(SPANS) do
    if trace[i] then
      if traced then
        lines[#lines + 1] = { (i == 1 and "" or "  ") .. s[1] .. ": " .. s[2], tone = i == 3 and "warn" or nil }
      else
        lines[#lines + 1] = s[1] .. ": a log line, no trace id"
      end
    end
  end
  if #lines == 0 then lines[1] = "Pull the incident lever." end
  local n, total = ix().count_filled()
  lines[#lines + 1] = "Decisions: " .. n .. " of " .. total
  sq.panel{ title = traced and "Trace 4bf92f35...4736" or "Black Friday checkout", table.unpack(lines) }
end

local VERDICT = {
  layers = "Every checkout crossed the UI, logic and data services 14 times, and each release needed all three "
    .. "teams. Split by business capability: one feature, one service, one team.",
  tables = "One service per table turned every join into network calls, and nobody owned an order end to end. "
    .. "Split by business capability, each service owning its data.",
  sync = "The mail server took 8 s per message on Black Friday, and checkout waited for it: 200 customers "
    .. "saw timeouts. Nothing in checkout needs the e-mail sent before answering.",
  once = "The broker restarted and redelivered 300 messages: 300 customers got two receipts. Delivery is at "
    .. "least once; the worker must skip events it has already handled.",
  logs = "Checkout was slow and nobody could say where: each service logged its own request id, and the "
    .. "logs of one request could not be joined.",
  none = "Checkout was slow and nobody could say where: five services, five logs, no shared id. Three "
    .. "teams each proved it was not them.",
}

local function verdict()
  running = false
  local b, m, t = ix().value("boundaries"), ix().value("email"), ix().value("tracing")
  local say = (b ~= "capability" and VERDICT[b]) or (m ~= "queue" and VERDICT[m]) or (t ~= "otel" and VERDICT[t])
  if say then
    sq.say("Incident review", say)
    return
  end
  sq.goal("review passed")
  if not awarded then
    awarded = true
    sq.xp(50)
  end
  sq.say("Yusuf", "One trace, five spans: payments took 2.1 of checkout's 2.2 seconds, so that is where we look. "
    .. "The e-mail left through the queue, and the worker shrugged off the redeliveries. Approved.")
end

local HOPS = { { "callers", "gateway" }, { "gateway", "orders" }, { "orders", "payments" },
               { "orders", "queue" }, { "queue", "email worker" } }

local function run()
  run_id = run_id + 1
  local this = run_id
  running = true
  trace = {}
  panel()
  local fns = {}
  for i, hop in ipairs(HOPS) do
    fns[#fns + 1] = function()
      ix().fly(hop[1], hop[2], function()
        if this ~= run_id then return end
        trace[i] = true
        panel()
      end, 9)
    end
  end
  ix().sequence(fns, 0.9, function()
    sq.after(1.8, function() if this == run_id then verdict() end end)
  end)
end

return {
  format = 1,
  id = "apis.design_review",
  quest = "apis",
  title = "Design Review: the Shop Grows Up",
  brief = "You are the engineer now. The shop has five teams and one Flask app that all of them release. "
    .. "Decide its new shape, then replay Black Friday against it. Talk to Yusuf first; {hint} gives a hint.",
  music = "apis_interchange",
  requires = { "api_design", "fastapi" },

  behaviours = {
    terminal = {
      sprite = "terminal", frames = 2, rate = 40, size = { 14, 12 }, offset = { -1, -4 }, solid = true,
      on_interact = function(self)
        if self.props.text then sq.say(self.props.speaker or "Sign", self.props.text) end
        sq.ask({ self.props.quiz, self.props.more })
      end,
    },
    option = {
      sprite = "token_card_green", solid = true, size = { 12, 12 },
      on_spawn = function(self) ix().token_spawned(self) end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    decision = {
      sprite = "slot", solid = true,
      on_spawn = function(self) ix().slot_spawned(self) end,
      on_place = function(self, token) return ix().place(self, token) end,
      on_take = function(self, token) ix().take(self, token) end,
      on_interact = function(self) sq.say("Design board: " .. self.props.slot, self.props.text) end,
    },
    room = {
      sprite = "server_rack", solid = true,
      on_spawn = function(self) ix().named(self); sq.set_label(self.id, self.props.label or self.name, true) end,
      on_interact = function(self) sq.say(self.name, self.props.text) end,
    },
    client = {
      sprite = "apis_turnstile", solid = true,
      on_spawn = function(self) ix().named(self); sq.set_label(self.id, "callers", true) end,
      on_interact = function(self) sq.say("Callers", "Black Friday: 4,000 checkouts a minute at the peak.") end,
    },
    lever = {
      sprite = "lever_0", solid = true,
      on_spawn = function(self) sq.set_label(self.id, "incident", true) end,
      on_interact = function(self)
        if running then return sq.say("Incident", "The replay is running: watch the panel.") end
        if not ix().filled() then return sq.say("Incident", "Make all three decisions on the board first.") end
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
      Y = { type = "mentor", name = "Yusuf", dialogue = "yusuf", look = "yusuf", facing = "down" },
      A = { type = "mentor", name = "Amara", dialogue = "amara", look = "amara", facing = "down" },
      V = { type = "review", name = "review desk" },
      C = { type = "client", name = "callers" },
      G = { type = "room", name = "gateway", text = "TLS, authentication and rate limits for every service behind it." },
      O = { type = "room", name = "orders", text = "The orders service: owns the orders table, and nothing else." },
      P = { type = "room", name = "payments", text = "The payments service: calls the PSP, as in the corridor." },
      Q = { type = "room", name = "queue", label = "queue\n(RabbitMQ)", text = "A message broker: events wait here until a worker takes them." },
      W = { type = "room", name = "email worker", label = "email worker", text = "Takes OrderPaid events and sends the receipts." },
      L = { type = "lever", name = "lever" },
      m = { type = "skill", name = "microservices orb", skill = "microservices" },
      n = { type = "skill", name = "queues orb", skill = "message_queues" },
      T = { type = "terminal", name = "trace header", speaker = "HTTP request, orders to payments",
            text = "POST /v1/payments carries the trace on to the next service.",
            quiz = "apis_ms_2" },
      S = { type = "terminal", name = "split list", speaker = "Architecture notes",
            text = "Five teams want their own service. Which reasons hold?",
            quiz = "apis_ms_3" },
      K = { type = "terminal", name = "worker", speaker = "email_worker.py",
            text = "The receipt worker, after a broker restart sent some customers two receipts.",
            quiz = "apis_mq_2" },
      X = { type = "terminal", name = "outbox", speaker = "Design note: the outbox",
            text = "Orders must publish OrderPaid exactly when an order is saved as paid, never one without the other.",
            quiz = "apis_mq_3" },
      ["1"] = { type = "decision", name = "boundaries slot", slot = "boundaries", label = "boundaries",
                text = "Where the monolith splits into services, if it splits at all." },
      ["2"] = { type = "decision", name = "email slot", slot = "email", label = "receipt e-mail",
                text = "How checkout gets the receipt e-mail sent." },
      ["3"] = { type = "decision", name = "tracing slot", slot = "tracing", label = "tracing",
                text = "How one request is followed across every service it touches." },
      a = { type = "option", name = "by capability", slot = "boundaries", value = "capability",
            label = "by business\ncapability", shown = "by capability" },
      b = { type = "option", name = "by layer", slot = "boundaries", value = "layers",
            label = "by layer:\nUI, logic, data", shown = "by layer" },
      c = { type = "option", name = "per table", slot = "boundaries", value = "tables",
            label = "one service\nper table", shown = "per table" },
      d = { type = "option", name = "sync call", slot = "email", value = "sync",
            label = "HTTP call\nin checkout", shown = "sync HTTP" },
      e = { type = "option", name = "queue and worker", slot = "email", value = "queue",
            label = "queue, idem-\npotent worker", shown = "queue + worker" },
      f = { type = "option", name = "queue exactly once", slot = "email", value = "once",
            label = "queue, assume\nexactly once", shown = "queue, once" },
      g = { type = "option", name = "otel", slot = "tracing", value = "otel",
            label = "OpenTelemetry,\ntraceparent", shown = "OpenTelemetry" },
      h = { type = "option", name = "own ids", slot = "tracing", value = "logs",
            label = "own request\nid per service", shown = "own ids" },
      k = { type = "option", name = "no tracing", slot = "tracing", value = "none",
            label = "grep the\nlogs", shown = "grep logs" },
      Z = { type = "marker", name = "review passed" },
      q = { type = "prop", sprite = "apis_departure_board" },
      u = { type = "prop", sprite = "apis_tube" },
    },
    rows = {
      "######################E#######################",
      "#q....T.......S...............K.......X.....q#",
      "#............................................#",
      "#.......Y...m.................A...n..........#",
      "#............................................#",
      "#..C......G......O......P......Q.......W.....#",
      "#............................................#",
      "#............................................#",
      "#..1.........2.........3.........L...........#",
      "#............................................#",
      "#............................................#",
      "#Z..a.........b.........c....................#",
      "#............................................#",
      "#............................................#",
      "#...d.........e.........f....................#",
      "#............................................#",
      "#............................................#",
      "#...g.........h.........k....................#",
      "#............................................#",
      "#u.@.....................................V..u#",
      "##############################################",
    },
  },

  dialogue = {
    yusuf = {
      { "Yusuf Demir, principal engineer", "Welcome to the review. Three years on, the shop is one Flask app "
        .. "that five teams release together, and a release a week is all they get." },
      "Splitting into services buys teams their own releases and scaling. It costs network calls that fail, "
        .. "data that is no longer in one database, and a system no one can see whole without tracing.",
      "On the board, decide the boundaries, the receipt e-mail and the tracing. Then pull the incident lever: "
        .. "we replay one Black Friday checkout through your design and read its trace.",
      "The microservices orb is by me. Take it and come back: I have a start-up's question for you.",
    },
    amara = {
      { "Amara Okafor, API lead", "Not everything has to happen while the customer waits. A queue lets "
        .. "checkout say 'done' and leave the slow work to a worker." },
      "Brokers such as RabbitMQ, or a log such as Kafka, deliver at least once: a worker will see some "
        .. "messages twice. Take the queues orb by me, and tell me what you would queue.",
    },
  },

  exercises = {
    apis_ms_1 = {
      kind = "choice", skill = "microservices", scenario = true,
      prompt = "A start-up of 4 developers is still finding what customers will pay for. How would you build its backend?",
      choices = {
        { "A modular monolith: one deploy, clear modules that could split later", right = true,
          why = "One deploy is cheap to run and change; module boundaries keep a later split possible." },
        { "Ten microservices, one per feature, from day one",
          why = "Four people would run ten pipelines and debug network calls, for boundaries that will move." },
        { "One service per developer",
          why = "Boundaries should follow the business, not the staff list." },
      },
      explain = "Martin Fowler's 'MonolithFirst': split when team size, release speed or scaling make the "
        .. "network's cost worth paying, along boundaries you have learned.",
    },
    apis_ms_2 = {
      kind = "fill", skill = "microservices", language = "text",
      prompt = "Orders calls payments within trace 4bf92f35...4736. Complete the W3C traceparent header it sends, field by field.",
      code = [==[
POST /v1/payments HTTP/1.1
traceparent: VERSION-TRACE_ID-PARENT_ID-FLAGS

VERSION:   {1}
TRACE_ID:  4bf92f3577b34da6a3ce929d0e0e4736
PARENT_ID: {2}
FLAGS:     01
]==],
      blanks = {
        { options = { "00", "v1", "01" }, answer = 1,
          why = { "The version: 00 is the one defined today.",
                  "The version is two hex digits.",
                  "01 is the trailing flags field (sampled), not the version." } },
        { options = { "00f067aa0ba902b7", "span-7" }, answer = 1,
          why = { "The parent id: 16 hex digits naming the orders service's span that makes the call.",
                  "Ids are lowercase hex of fixed length: 16 digits for the parent." } },
      },
      explain = "version-traceid-parentid-flags. Every service keeps the trace id, names its own span as the "
        .. "next parent, and OpenTelemetry's default propagator reads and writes this header for you.",
    },
    apis_ms_3 = {
      kind = "sort", skill = "microservices",
      prompt = "Is each a good reason to split a part of the monolith into its own service?",
      bins = { "Good reason", "Not a reason" },
      items = {
        { "Its team's releases wait on four other teams", bin = 1, why = "Independent deploys are the main prize." },
        { "It alone needs 50x capacity on Black Friday", bin = 1, why = "A service scales on its own." },
        { "It needs GPUs the rest does not", bin = 1, why = "Different resources, different deployment." },
        { "Microservices are what big companies use", bin = 2, why = "Their problems are not yours: you pay the costs anyway." },
        { "Its code is messy", bin = 2, why = "A messy module becomes a messy service, plus a network." },
        { "One team of five owns the whole product", bin = 2, why = "No coordination cost to remove." },
      },
      explain = "Split for team autonomy, separate scaling or different technology, along business capabilities, "
        .. "each service owning its data. Otherwise a modular monolith is cheaper.",
    },
    apis_mq_1 = {
      kind = "choice", skill = "message_queues", scenario = true,
      prompt = "Checkout sends a receipt e-mail; the mail provider sometimes takes 8 s or is down. What would you do?",
      choices = {
        { "Publish OrderPaid to a queue; a worker sends the e-mail and retries", right = true,
          why = "Checkout answers at once, and the worker retries while the provider is down." },
        { "Call the provider in checkout with a 30 s timeout",
          why = "Customers wait on a mail server, and an outage fails checkouts that were paid." },
        { "Send it from a background thread in the web process",
          why = "A restart or crash loses it, with nothing to retry from." },
      },
      explain = "Queue work the customer need not wait for. The broker keeps the message until a worker "
        .. "acknowledges it, so a mail outage delays receipts instead of losing sales.",
    },
    apis_mq_2 = {
      kind = "code", skill = "message_queues", language = "python",
      prompt = "After a broker restart, some customers got two receipts. Which line should only run for an event not seen before?",
      code = [==[
def on_order_paid(event: dict) -> None:
    order = orders.get(event["order_id"])
    send_receipt(order.email, order.id)
    log.info("receipt sent", extra={"order": order.id})
    # the broker gets its ack when this returns
]==],
      answer = 3,
      why = {
        [3] = "A redelivered event sends again: first record event[\"event_id\"] as handled, and skip it if it was.",
        [2] = "Reading the order is harmless however often it runs.",
        [5] = "Acking after the work is right: a crash before the ack means redelivery, not loss.",
      },
      explain = "Brokers deliver at least once, so consumers must be idempotent: keep the ids of handled "
        .. "events (a unique key in the database) and do nothing for one already there.",
    },
    apis_mq_3 = {
      kind = "order", skill = "message_queues",
      prompt = "The outbox pattern: put the steps in order so an order is never paid without its event, or the reverse.",
      items = {
        { "In one transaction, mark the order paid and add an OrderPaid row to the outbox table",
          why = "Both or neither: one database, one commit." },
        { "Commit the transaction", why = "Now the order and its event exist together." },
        { "A relay reads new outbox rows and publishes them to the broker",
          why = "If the broker is down, the rows wait; nothing is lost." },
        { "The relay marks each row as published", why = "A crash before this publishes it again: at least once." },
        { "The e-mail worker handles OrderPaid, skipping event ids it has seen",
          why = "Duplicates from the relay or the broker do no harm." },
      },
      explain = "Writing to the database and publishing to a broker cannot share one transaction. The outbox "
        .. "puts the event in the database first, and at-least-once publishing plus idempotent consumers do the rest.",
    },
  },

  hints = {
    "Yusuf stands by the design board: walk next to him and press {confirm}.",
    "Carry one option to each slot of the design board, then pull the incident lever.",
    "Boundaries follow the business; slow work goes to a queue with an idempotent worker; traces need a shared id.",
    "The trace header, the split list, the worker and the outbox are on the north wall.",
  },

  goals = {
    { talk = "Yusuf", text = "Talk to Yusuf",
      hint = "Yusuf stands by the design board: press {confirm} next to him." },
    { collect = "microservices", text = "Hold Microservices",
      hint = "Take the microservices orb by Yusuf, then answer him or the split list." },
    { collect = "message_queues", text = "Hold Message queues",
      hint = "Take the queues orb by Amara, then answer her or the worker." },
    { reach = "review passed", text = "Pass the Black Friday replay",
      hint = "Decide all three on the board, then pull the incident lever. The review says what failed." },
    { answer = "apis_ms_2", text = "Pass the trace on",
      hint = "The trace header on the north wall: version, trace id, parent id, flags." },
  },

  grants = { xp = 100 },

  on_start = function()
    ix().setup{
      accept = function(slot, option)
        if option.slot ~= slot.key then
          return false, "That option belongs in the " .. option.slot .. " slot."
        end
        if running then return false, "Wait: the replay is running." end
        return true
      end,
      placed = function() panel() end,
      taken = function()
        run_id = run_id + 1
        running = false
        trace = {}
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
