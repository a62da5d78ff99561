-- levels/iot/04_storm_season.lua: the Internet of Things quest, level 4.
-- The remote beds sit on a flaky 4G link and a storm is coming. The player
-- sets a QoS for each kind of message and plays the storm (lib/storm.lua):
-- QoS 0 loses, QoS 1 duplicates, QoS 2 costs four packets. Around it: the
-- QoS 2 handshake, retained messages, a last will set too late, persistent
-- sessions and a safe mosquitto.conf.
-- Play order: Sione (the broker orb) -> the stream slots, QoS tokens and the
-- storm lever -> the handshake chart, the dashboard log, bed 3's script, the
-- logger -> Ingrid (mosquitto.conf) -> exit.
-- Facts (MQTT 3.1.1/5.0 QoS flows, paho-mqtt will_set, Mosquitto 2.0
-- listener and persistence): FACTS.md.

local function storm()
  return sq.module("storm")
end

local function refresh()
  return sq.module("refresh")
end

-- Who asks what after their talk, until it is answered right.
local asks = { Sione = { "iot_broker_1" }, Ingrid = { "iot_broker_6" } }
local right = {}

return {
  format = 1,
  id = "iot.storm_season",
  quest = "iot",
  title = "Storm Season",
  brief = "The remote beds reach the broker over 4G, and a storm is coming. Decide how hard each "
    .. "message tries to arrive, then weather the storm. Talk to Sione first; {hint} gives a hint.",
  music = "music_hub",
  -- MQTT comes from level 3 (Sione teaches it again to anyone who comes
  -- without it, IoT basics first).
  requires = { "iot_basics", "mqtt" },

  behaviours = {
    terminal = {
      sprite = "terminal", frames = 2, rate = 40, size = { 14, 12 }, offset = { -1, -4 }, solid = true,
      on_interact = function(self)
        if self.props.text then sq.say(self.props.speaker or "Sign", self.props.text) end
        sq.ask({ self.props.quiz, self.props.more })
      end,
    },
    token = {
      sprite = "token_chip_green", solid = true, size = { 12, 12 },
      on_spawn = function(self) sq.set_label(self.id, self.props.label, true) end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    stream = {
      sprite = "slot", solid = true,
      on_spawn = function(self) sq.set_label(self.id, self.props.label, true) end,
      on_place = function(self, token) return storm().place(self, token) end,
      on_take = function(self, token) storm().take(self, token) end,
      on_interact = function(self) sq.say(self.props.label, self.props.text) end,
    },
    lever = {
      sprite = "lever_0", solid = true,
      on_spawn = function(self) sq.set_label(self.id, "storm lever", true) end,
      on_interact = function(self) sq.say("Sione", storm().storm(self)) end,
    },
    marker = { hidden = true },
  },

  map = {
    theme = "iot",
    legend = {
      M = { type = "mentor", name = "Sione", dialogue = "sione", look = "sione", facing = "down" },
      N = { type = "mentor", name = "Ingrid", dialogue = "ingrid", look = "ingrid", facing = "down" },
      V = { type = "review", name = "review desk" },
      X = { type = "lever", name = "storm lever" },
      a = { type = "stream", name = "chart stream", stream = "temp", label = "temp chart",
            text = "A temperature every 10 seconds, for a chart. The next one is never far away." },
      b = { type = "stream", name = "alarm stream", stream = "alarm", label = "frost alarm",
            text = "A frost alarm: someone must come and cover the beds. It has to arrive." },
      c = { type = "stream", name = "feed stream", stream = "feed", label = "feed dose",
            text = "'Add 5 litres of feed': twice would burn the roots." },
      ["0"] = { type = "token", name = "QoS 0", qos = 0, label = "QoS 0", sprite = "token_card_yellow" },
      ["1"] = { type = "token", name = "QoS 1", qos = 1, label = "QoS 1", sprite = "token_card_yellow" },
      ["2"] = { type = "token", name = "QoS 2", qos = 2, label = "QoS 2", sprite = "token_card_yellow" },
      H = { type = "terminal", name = "handshake chart", speaker = "Chart: QoS 2",
            text = "Four packets between a client and the broker, for each message.",
            quiz = "iot_broker_2" },
      D = { type = "terminal", name = "dashboard log", speaker = "dashboard.log",
            text = "03:00 restarted. 03:00-03:10 bed 1: no data, bed 2: no data, bed 3: no data.",
            quiz = "iot_broker_3" },
      S = { type = "terminal", name = "bed 3 script", speaker = "bed3_status.py",
            text = "Bed 3's power was cut at 02:14. The dashboard still says 'online'.",
            quiz = "iot_broker_4" },
      L = { type = "terminal", name = "logger notes", speaker = "Logger notes",
            text = "Restarted for an upgrade at 04:00, back at 04:02. No readings from 04:00 to 04:02.",
            quiz = "iot_broker_5" },
      O = { type = "skill", name = "broker orb", skill = "mqtt_broker" },
      W = { type = "marker", name = "storm weathered" },
      e = { type = "prop", sprite = "iot_bed" },
      y = { type = "prop", sprite = "iot_sensor" },
      f = { type = "prop", sprite = "iot_fan" },
      v = { type = "prop", sprite = "iot_valve" },
      q = { type = "prop", sprite = "iot_spool" },
    },
    rows = {
      "####################E###################",
      "#W..H.....................f...........f#",
      "#......................................#",
      "#....M......a...............e.e.e.e.e..#",
      "#......................................#",
      "#......................................#",
      "#........O..b.....X.........e.e.e.e.e..#",
      "#......................................#",
      "#......................................#",
      "#...........c...............e.e.e.e.e..#",
      "#......................................#",
      "#....0.........2.......................#",
      "#.....................y................#",
      "#.........1.......................N....#",
      "#......................................#",
      "#...@..................................#",
      "#V..................v...D...S...L.....q#",
      "########################################",
    },
  },

  dialogue = {
    sione = {
      { "Sione Taufa, field technician", "When the 4G link to the far beds flaps, I am the one who "
        .. "drives out. Two hours each way. Help me not to." },
      "Every MQTT publish has a quality of service. QoS 0 sends once and forgets. QoS 1 repeats "
        .. "until the broker answers PUBACK, so a message can arrive twice. QoS 2 arrives exactly once.",
      "Three kinds of message cross the link: the temperature chart, the frost alarm and the feed "
        .. "dose. Put a QoS token on each stream, then pull the storm lever and read the panel.",
      "The broker orb is by the streams. First, sort these for me:",
    },
    ingrid = {
      { "Ingrid Solberg, infrastructure", "I run the broker itself: Mosquitto 2. It keeps the "
        .. "retained messages and the sessions of clients that are away, if you let it." },
      "Since 2.0 it refuses anonymous clients unless you allow them, and a listener without an "
        .. "address listens on every interface. Here is my development config:",
    },
  },

  exercises = {
    iot_broker_1 = {
      kind = "sort", skill = "mqtt_broker",
      prompt = "Choose a QoS level for each greenhouse message.",
      bins = { "QoS 0", "QoS 1", "QoS 2" },
      items = {
        { "Temperature every 10 s, for a chart", bin = 1, why = "The next reading comes soon; losing one costs nothing." },
        { "Heartbeat every 30 s", bin = 1, why = "A missed heartbeat is noticed, and the next one follows." },
        { "Frost alarm in greenhouse 2", bin = 2, why = "It must arrive, and a duplicate alarm does no harm." },
        { "'Open valve 3', which is safe to repeat", bin = 2, why = "At least once is enough: opening an open valve changes nothing." },
        { "'Add 5 litres of feed', not safe to repeat", bin = 3, why = "Exactly once on each hop. Better still, give commands an id so repeats can be spotted." },
      },
      explain = "Higher QoS costs packets and stored state: QoS 0 is one PUBLISH, 1 adds a PUBACK, 2 a four-packet exchange. A subscriber gets the lower of the publish and subscription QoS.",
    },
    iot_broker_2 = {
      kind = "order", skill = "mqtt_broker",
      prompt = "Put the QoS 2 exchange between a publishing client and the broker in order.",
      items = {
        "Client sends PUBLISH, QoS 2, packet id 7",
        "Broker stores it and replies PUBREC",
        "Client replies PUBREL",
        "Broker replies PUBCOMP; id 7 is free again",
      },
      explain = "QoS 1 is PUBLISH then PUBACK, and a retry can deliver a duplicate. QoS 2 adds PUBREC, PUBREL and PUBCOMP so the receiver can drop the duplicate.",
    },
    iot_broker_3 = {
      kind = "choice", skill = "mqtt_broker", scenario = true,
      prompt = "The dashboard restarts at 3 a.m. and shows 'no data' for every bed until the next reading, 10 minutes later. What fixes it?",
      choices = {
        { "Publish readings with retain=True, so the broker hands new subscribers the last value", right = true,
          why = "The broker keeps one retained message per topic and sends it on subscribe." },
        { "Publish with QoS 2",
          why = "QoS governs delivery of each message, not what a new subscriber sees first." },
        { "Publish every second instead",
          why = "Ten times the traffic and battery, for something retain does for free." },
        { "Connect the sensors with clean_session=False",
          why = "Sessions queue messages for subscribers that were away, not for a new one." },
      },
      explain = "Retained messages give late joiners the current state. To clear one, publish an empty retained payload to the topic.",
    },
    iot_broker_4 = {
      kind = "code", skill = "mqtt_broker", language = "python",
      prompt = "The dashboard never sees bed-3 go offline when its power is cut. Which line is in the wrong place?",
      code = [==[
import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion

client = mqtt.Client(CallbackAPIVersion.VERSION2,
                     client_id="bed-3")
client.connect("broker.local", 1883, keepalive=30)
client.will_set("greenhouse/bed3/status", "offline",
                qos=1, retain=True)
client.loop_start()
client.publish("greenhouse/bed3/status", "online",
               qos=1, retain=True)
]==],
      answer = 7,
      why = {
        [6] = "keepalive=30 lets the broker notice a dead link after about 45 s, then send the will.",
        [7] = "will_set() must come before connect(): the will travels inside the CONNECT packet.",
        [10] = "A retained 'online', replaced by a retained 'offline' will, keeps the status right for late subscribers.",
      },
      explain = "The broker publishes a client's last will when the connection dies without a DISCONNECT. A clean disconnect() sends no will.",
    },
    iot_broker_5 = {
      kind = "choice", skill = "mqtt_broker",
      prompt = "The logger restarts and is away for 2 minutes. What makes it receive the QoS 1 readings published meanwhile? Pick all that apply.",
      choices = {
        { "A fixed client_id with clean_session=False (MQTT 3.1.1)", right = true,
          why = "The broker keeps the session, with its subscriptions and queued messages." },
        { "Subscribing with QoS 1", right = true,
          why = "Brokers queue QoS 1 and 2 messages for offline sessions; QoS 0 ones are dropped by default." },
        { "Publishers setting retain=True",
          why = "Retain keeps only the last message per topic, not the backlog." },
        { "A random client_id on every start",
          why = "A new id means a new session; the queue belonged to the old one." },
      },
      explain = "Persistent sessions queue messages for clients that are away. In MQTT 5 use clean_start=False with a session expiry interval, and size the broker's queue limits.",
    },
    iot_broker_6 = {
      kind = "fill", skill = "mqtt_broker", language = "text",
      prompt = "mosquitto.conf for a development broker: reachable only from this laptop, keeping retained values across restarts.",
      code = [==[
listener 1883 {1}
persistence {2}
persistence_location /var/lib/mosquitto/
]==],
      blanks = {
        { options = { "127.0.0.1", "0.0.0.0" }, answer = 1,
          why = {
            "Binds to loopback: only programs on this machine can connect.",
            "Binds to every interface: anyone on the same Wi-Fi could connect.",
          } },
        { options = { "true", "false" }, answer = 1,
          why = {
            "Mosquitto saves retained messages and persistent sessions to disk.",
            "Retained values and queued messages are lost whenever the broker restarts.",
          } },
      },
      explain = "Since Mosquitto 2.0, a listener without an address binds to every interface, and anonymous clients are refused unless allow_anonymous true is set.",
    },
  },

  hints = {
    "Sione stands near the start: walk next to him and press {confirm}.",
    "Each stream slot takes one QoS token. The storm loses one PUBLISH and one acknowledgement.",
    "An alarm must arrive; a feed dose must arrive exactly once; a chart reading can be lost.",
    "The terminals on the south wall and Ingrid ask about retained messages, wills and sessions.",
  },

  goals = {
    { talk = "Sione", text = "Talk to Sione",
      hint = "Sione stands just above where you start: press {confirm} next to him." },
    { collect = "mqtt_broker", text = "Hold MQTT brokers and QoS",
      hint = "Take the broker orb, then answer Sione or the handshake chart." },
    { reach = "storm weathered", text = "Weather the storm",
      hint = "A QoS token on each stream, then the storm lever: no alarm lost, no dose twice." },
    { answer = "iot_broker_4", text = "Make bed 3 say it is gone",
      hint = "Bed 3's script is on the south wall: one call comes too late." },
    { answer = "iot_broker_6", text = "Check Ingrid's mosquitto.conf",
      hint = "Ingrid stands in the east: talk to her." },
  },

  grants = { xp = 70 },

  on_start = function()
    storm().panel()
  end,

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_interact = function(e)
    if e.name == "Sione" and refresh().start({ { "iot_basics", "iot_basics_3" }, { "mqtt", "iot_mqtt_5" } }) then
      return
    end
    local list = {}
    for _, id in ipairs(asks[e.name] or {}) do
      if not right[id] then list[#list + 1] = id end
    end
    if #list > 0 then sq.ask(list) end
  end,

  on_answer = function(id, correct)
    refresh().answered()
    if correct then
      right[id] = true
      sq.xp(10)
    end
  end,
}
