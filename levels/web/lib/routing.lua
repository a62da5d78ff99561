-- levels/web/lib/routing.lua: the Web quest's own mechanic, the launch-day
-- routing board of the design review (05_design_review.lua).
--
-- The shop runs as Nginx (the reverse proxy) in front of Gunicorn, which runs
-- the Flask app, which talks to PostgreSQL. A request arrives in the inbox as
-- a token. The player carries it to the layer that has to answer it: a layer
-- that cannot refuses it and says why in one line; the right one answers, and
-- the path the request took through the layers is shown. Built only from the
-- carry and slot primitives (sq.carry, sq.place, on_place, on_take).
local M = {}

-- The layers, by the `layer` prop of the racks that stand for them.
M.layers = {
  proxy = "Nginx",
  app = "Gunicorn + Flask",
  db = "PostgreSQL",
}

-- The launch test's requests, in the order they arrive. `ends`: the layer
-- that answers it. `wrong`: why each other layer refuses it (one line each).
-- `path`: what happened, said when it is answered.
M.requests = {
  {
    text = "GET /static/app.css", ends = "proxy",
    wrong = {
      app = "Nginx serves /static/ from disk: no Python worker for a file.",
      db = "Files are not in PostgreSQL. Nginx serves /static/ from disk.",
    },
    path = "Nginx read app.css from disk and sent it: no Gunicorn worker was busy for it. "
      .. "Static files, TLS and slow clients are the proxy's work.",
  },
  {
    text = "GET /orders/7", ends = "db",
    wrong = {
      proxy = "Nginx cannot read orders or check who may: it passes it on.",
      app = "Flask runs the view, but order 7 is in PostgreSQL: go deeper.",
    },
    path = "Nginx passed it to Gunicorn on 127.0.0.1:8000; the Flask view checked the user and "
      .. "read order 7 from PostgreSQL. Only the app talks to the database.",
  },
  {
    text = "POST /cart/add", ends = "app",
    wrong = {
      proxy = "Nginx cannot change the cart: it is in Flask's session.",
      db = "No query: the cart rides in Flask's signed session cookie.",
    },
    path = "Nginx passed it on and Flask put the item in the session: a cookie signed with "
      .. "SECRET_KEY. The user can read it but not change it. No query needed.",
  },
  {
    text = "POST /login", ends = "db",
    wrong = {
      proxy = "Nginx cannot check passwords: the Flask app does that.",
      app = "Flask checks it, but the password hash is in PostgreSQL.",
    },
    path = "Nginx passed it on; Flask compared the password with the hash stored in PostgreSQL, "
      .. "then set the session cookie. Every launch request is answered.",
  },
}

local state = { started = false, at = 0, token = nil, answered = 0, refused = 0, inbox = nil }

local function current()
  return M.requests[state.at]
end

-- The readout: lines of 26 characters at most fit the panel.
function M.panel(line)
  local n = #M.requests
  local req = current()
  local tone = state.answered == n and "good" or nil
  sq.panel{
    title = "Launch test",
    req and state.answered < state.at and ("Now: " .. req.text) or "Inbox: empty",
    line or "Which layer answers it?",
    { "Answered " .. state.answered .. " of " .. n, value = state.answered / n, tone = tone },
    "Refused: " .. state.refused,
  }
end

-- The next request arrives in the inbox.
local function arrive()
  state.at = state.at + 1
  local req = current()
  if not req or not state.inbox then return end
  local inbox = sq.entity(state.inbox)
  state.token = sq.spawn{ type = "request", name = "request", x = inbox.x, y = inbox.y + 1,
                          text = req.text }
  sq.place(state.token, state.inbox)
  M.panel("Take it from the inbox.")
end

-- The answered token leaves its rack. (Lifted off its slot first, so the
-- slot is free for the next one: sq.remove alone would leave it taken.)
local function consume(token)
  if sq.carried() ~= token then sq.carry(token) end
  sq.remove(token)
end

function M.inbox_spawned(self)
  state.inbox = self.id
  sq.set_label(self.id, "Inbox")
end

-- Victor starts the launch test: the first request arrives.
function M.start()
  if state.started then return end
  state.started = true
  arrive()
end

function M.done()
  return state.answered == #M.requests
end

function M.inbox_used()
  if not state.started then
    sq.say("Request inbox", "Empty. The launch test starts when Victor gives the word.")
  elseif M.done() then
    sq.say("Request inbox", "Empty: every launch request is answered.")
  end
end

-- on_place of the inbox and of every layer.
function M.place(slot, token)
  if slot.id == state.inbox then
    M.panel("Back in the inbox.")
    return true
  end
  local req = current()
  local layer = slot.props.layer
  if not req or token.id ~= state.token then return false, "That is not a launch request." end
  if layer ~= req.ends then
    state.refused = state.refused + 1
    M.panel()
    return false, req.wrong[layer] or "This layer does not answer that request."
  end
  state.answered = state.answered + 1
  sq.xp(10)
  sq.say("Launch test: " .. M.layers[layer], req.text .. ": " .. req.path)
  -- Timers wait while the words are read: the token stays on its rack until then.
  sq.after(0.3, function()
    consume(token.id)
    if M.done() then
      M.panel("All answered.")
      sq.goal("request inbox")
    else
      arrive()
    end
  end)
  return true
end

-- on_take: the player took a request (from the inbox).
function M.taken(slot, token)
  if token.id == state.token and not M.done() then M.panel("In hand: which layer?") end
end

return M
