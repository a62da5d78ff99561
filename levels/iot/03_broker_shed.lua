-- levels/iot/03_broker_shed.lua: the Internet of Things quest, level 3, and
-- the quest's own mechanic (lib/mqtt.lua): the player wires the beds'
-- sensors to an MQTT broker and subscribes three services with topic
-- filters, then watches every message fly from a bed to the broker and on
-- to whoever subscribed, counted on the broker's panel.
-- Play order: Hana (the MQTT orb, the topic notes) -> the beds and the
-- subscribers -> the dashboard's paho-mqtt client (the paho orb, the
-- dashboard script) -> Kofi (the bed publisher) -> exit.
-- Facts (MQTT 5.0 topic rules, paho-mqtt 2.x migration notes): FACTS.md.

local function mqtt()
  return sq.module("mqtt")
end

local function refresh()
  return sq.module("refresh")
end

-- Who asks what after their talk, until it is answered right.
local asks = { Hana = { "iot_mqtt_4" }, Kofi = { "iot_paho_4" } }
local right = {}
local tick = 0

return {
  format = 1,
  id = "iot.broker_shed",
  quest = "iot",
  title = "The Broker Shed",
  brief = "Every bed will publish to the broker in the shed, and the broker tells everyone who cares. "
    .. "Wire the beds and subscribe the services. Talk to Hana first; {hint} gives a hint.",
  music = "music_hub",
  -- IoT basics comes from level 1 (Hana teaches it again to anyone who
  -- comes without it).
  requires = { "iot_basics" },

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
    -- A bed's Pi: a sensor token makes it publish.
    bed = {
      sprite = "slot", solid = true,
      on_spawn = function(self) mqtt().bed_spawned(self) end,
      on_place = function(self, token) return mqtt().place(self, token) end,
      on_take = function(self, token) mqtt().take(self, token) end,
    },
    -- A subscriber: a topic filter token subscribes it.
    subscriber = {
      sprite = "slot", solid = true,
      on_spawn = function(self) mqtt().sub_spawned(self) end,
      on_place = function(self, token) return mqtt().place(self, token) end,
      on_take = function(self, token) mqtt().take(self, token) end,
      on_interact = function(self) sq.say(self.name, self.props.text) end,
    },
    broker = {
      sprite = "server_rack", solid = true,
      on_spawn = function(self) mqtt().broker_spawned(self) end,
      on_interact = function(self)
        sq.say("Mosquitto", "I receive every message and send a copy to each client whose "
          .. "subscription matches its topic. Publishers never know who listens.")
      end,
    },
    -- A message in flight (lib/mqtt.lua moves it).
    msg = { sprite = "message_orb", frames = 4, rate = 6, size = { 8, 8 }, offset = { -4, -6 } },
    marker = { hidden = true },
  },

  map = {
    theme = "iot",
    legend = {
      M = { type = "mentor", name = "Hana", dialogue = "hana", look = "hana", facing = "down" },
      K = { type = "mentor", name = "Kofi", dialogue = "kofi", look = "kofi", facing = "down" },
      V = { type = "review", name = "review desk" },
      B = { type = "broker", name = "broker" },
      T = { type = "terminal", name = "topic notes", speaker = "Topic notes",
            text = "Topics are levels joined by /. In a filter, + matches one level and # matches "
              .. "all the levels below, so it must come last. Topics are case-sensitive.",
            quiz = "iot_mqtt_1", more = "iot_mqtt_2" },
      C = { type = "terminal", name = "broker console", speaker = "mosquitto_sub -t '#' -v",
            text = "greenhouse/bed1/temp 21.4 ... but no $SYS/broker/clients/connected.",
            quiz = "iot_mqtt_3" },
      D = { type = "terminal", name = "dashboard script", speaker = "dashboard.py",
            text = "The Dashboard's MQTT client stopped the day paho-mqtt was upgraded to 2.x. "
              .. "It has not received a message since.",
            quiz = "iot_paho_1" },
      P = { type = "terminal", name = "bed publisher", speaker = "bed3_publish.py",
            text = "Bed 3's Pi runs this to publish each soil reading, once it connects.",
            quiz = "iot_paho_2" },
      ["1"] = { type = "bed", name = "bed 1", bed = "bed1", label = "bed 1 Pi" },
      ["2"] = { type = "bed", name = "bed 2", bed = "bed2", label = "bed 2 Pi" },
      ["3"] = { type = "bed", name = "bed 3", bed = "bed3", label = "bed 3 Pi" },
      ["4"] = { type = "bed", name = "bed 4", bed = "bed4", label = "bed 4 Pi" },
      a = { type = "token", name = "temp probe A", sensor = "temp", label = "temp probe", sprite = "token_chip_red" },
      b = { type = "token", name = "soil probe A", sensor = "soil", label = "soil probe", sprite = "token_chip_green" },
      c = { type = "token", name = "temp probe B", sensor = "temp", label = "temp probe", sprite = "token_chip_red" },
      d = { type = "token", name = "soil probe B", sensor = "soil", label = "soil probe", sprite = "token_chip_green" },
      S = { type = "subscriber", name = "Dashboard", role = "dashboard",
            text = "The Dashboard wants every bed's temperature, and nothing else." },
      I = { type = "subscriber", name = "Irrigation", role = "irrigation",
            text = "The irrigation controller wants every bed's soil reading, and nothing else." },
      L = { type = "subscriber", name = "Logger", role = "logger",
            text = "The logger stores everything the greenhouse publishes." },
      t = { type = "token", name = "filter +/temp", filter = "greenhouse/+/temp",
            label = "greenhouse/\n+/temp", sprite = "token_card_yellow" },
      s = { type = "token", name = "filter +/soil", filter = "greenhouse/+/soil",
            label = "greenhouse/\n+/soil", sprite = "token_card_yellow" },
      h = { type = "token", name = "filter #", filter = "greenhouse/#",
            label = "greenhouse/\n#", sprite = "token_card_yellow" },
      o = { type = "token", name = "filter bed1/+", filter = "greenhouse/bed1/+",
            label = "greenhouse/\nbed1/+", sprite = "token_card_yellow" },
      x = { type = "token", name = "filter #/soil", filter = "greenhouse/#/soil",
            label = "greenhouse/\n#/soil", sprite = "token_card_yellow" },
      Q = { type = "skill", name = "mqtt orb", skill = "mqtt" },
      Z = { type = "skill", name = "paho orb", skill = "paho_mqtt" },
      W = { type = "marker", name = "routing right" },
      e = { type = "prop", sprite = "iot_bed" },
      y = { type = "prop", sprite = "iot_sensor" },
      f = { type = "prop", sprite = "iot_fan" },
      q = { type = "prop", sprite = "iot_spool" },
    },
    rows = {
      "#######################E################",
      "#W..y....y.T...C..D..P....f...........f#",
      "#......................................#",
      "#..a....1...................e.e.e.e.e..#",
      "#...........M..........................#",
      "#...................K..................#",
      "#..b....2...................e.e.e.e.e..#",
      "#......................................#",
      "#..............B.......................#",
      "#..c....3...................e.e.e.e.e..#",
      "#...................Z..................#",
      "#......................................#",
      "#..d....4..............................#",
      "#.....................S......I......L..#",
      "#.............Q........................#",
      "#...@..................................#",
      "#V.......t.....o.....s.....x.....h....q#",
      "########################################",
    },
  },

  dialogue = {
    hana = {
      { "Hana Kobayashi, backend developer", "Welcome to the shed! The box in the middle is the "
        .. "broker, Eclipse Mosquitto. From today every bed talks MQTT, and only to the broker." },
      "A bed publishes each reading to a topic, like greenhouse/bed2/soil. A service subscribes "
        .. "with a filter, like greenhouse/+/soil, and the broker sends it every matching message.",
      "Put a probe on each bed's Pi, and a filter on each subscriber. The Dashboard wants every "
        .. "temperature, Irrigation every soil reading, the Logger everything. Watch the panel.",
      "The Dashboard's own client broke in the paho-mqtt upgrade: its script is on the wall. "
        .. "The MQTT orb is by the beds. But first: 40 greenhouses, how would you name the topics?",
    },
    kofi = {
      { "Kofi Mensah, backend developer", "I look after the Flask backend: it sends commands to the "
        .. "beds over MQTT, such as 'open valve 3', one per HTTP request." },
      "paho-mqtt is the Python client we use, version 2 now. The paho orb is over there. "
        .. "Tell me how you would wire it into the backend:",
    },
  },

  exercises = {
    iot_mqtt_1 = {
      kind = "sort", skill = "mqtt",
      prompt = "Does the subscription filter greenhouse/+/temp match each topic?",
      bins = { "Matches", "No match" },
      items = {
        { "greenhouse/bed1/temp", bin = 1, why = "+ matched exactly one level: bed1." },
        { "greenhouse/bed12/temp", bin = 1, why = "Any single level matches, whatever its length." },
        { "greenhouse/temp", bin = 2, why = "+ needs a level here, and there is none." },
        { "greenhouse/bed1/temp/raw", bin = 2, why = "/raw adds a level the filter does not have." },
        { "greenhouse/bed1/soil", bin = 2, why = "The last level must be temp." },
        { "Greenhouse/bed1/temp", bin = 2, why = "Topics are case-sensitive." },
      },
      explain = "+ matches exactly one level; # matches any number of levels at the end, and the parent too. greenhouse/# would match all of these except the capitalised one.",
    },
    iot_mqtt_2 = {
      kind = "fill", skill = "mqtt", language = "text",
      prompt = "Subscribe the irrigation controller to soil readings of every bed, and the logger to everything under greenhouse.",
      code = [==[
irrigation: greenhouse/{1}/soil
logger:     greenhouse/{2}
]==],
      blanks = {
        { options = { "+", "#", "*" }, answer = 1,
          why = {
            "+ matches one level: each bed's name.",
            "# must be the last level of a filter, so greenhouse/#/soil is invalid.",
            "* is not an MQTT wildcard.",
          } },
        { options = { "#", "+", "*" }, answer = 1,
          why = {
            "# matches everything below greenhouse, at any depth.",
            "+ matches one level: greenhouse/bed1, but not greenhouse/bed1/soil.",
            "* is not an MQTT wildcard.",
          } },
      },
      explain = "Wildcards are only allowed in subscriptions, never in the topic you publish to.",
    },
    iot_mqtt_3 = {
      kind = "choice", skill = "mqtt",
      prompt = "A monitoring client subscribes to #, yet never receives $SYS/broker/clients/connected. Why?",
      choices = {
        { "A wildcard at the first level never matches topics that start with $", right = true,
          why = "The MQTT spec reserves $ topics for the broker; subscribe to $SYS/# explicitly." },
        { "$SYS topics need QoS 2",
          why = "QoS has nothing to do with topic matching." },
        { "# matches only one level",
          why = "That is +. # matches any number of levels." },
        { "Brokers never publish $SYS topics",
          why = "Mosquitto publishes its statistics under $SYS." },
      },
      explain = "Topics starting with $ are kept apart from ordinary ones, so a catch-all # does not flood clients with broker statistics.",
    },
    iot_mqtt_4 = {
      kind = "choice", skill = "mqtt", scenario = true,
      prompt = "You design topics for 40 greenhouses, each with beds and sensors. Which scheme?",
      choices = {
        { "site/gh-07/bed-3/soil: general to specific, no spaces", right = true,
          why = "Any slice is one filter away: site/gh-07/# or site/+/+/soil." },
        { "One topic, data, with the location inside the JSON",
          why = "The broker cannot filter inside payloads, so every client gets every message." },
        { "/site/gh 07/bed 3/soil",
          why = "Legal, but the leading / adds an empty first level and spaces invite mistakes." },
      },
      explain = "Put the hierarchy in the topic, general to specific, so the broker does the filtering. Keep details such as units in the payload.",
    },
    iot_paho_1 = {
      kind = "code", skill = "paho_mqtt", language = "python",
      prompt = "This subscriber uses the version-2 callback signatures, yet on paho-mqtt 2.x it fails with a TypeError. Which line is wrong?",
      code = [==[
import paho.mqtt.client as mqtt

def on_connect(client, userdata, flags, reason_code,
               properties):
    client.subscribe("greenhouse/+/temp", qos=1)

def on_message(client, userdata, msg):
    print(msg.topic, msg.payload.decode())

client = mqtt.Client(client_id="dashboard")
client.on_connect = on_connect
client.on_message = on_message
client.connect("broker.local", 1883)
client.loop_forever()
]==],
      answer = 10,
      why = {
        [3] = "This is the VERSION2 on_connect: flags, reason_code and properties.",
        [5] = "Subscribing in on_connect is right: it runs again after every reconnect.",
        [10] = "Pass the API version first: mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=\"dashboard\").",
      },
      explain = "paho-mqtt 2.0 made the callback API version Client's first argument. Without it, 2.1 falls back to the deprecated version-1 callbacks, whose on_connect gets 4 arguments, not 5.",
    },
    iot_paho_2 = {
      kind = "fill", skill = "paho_mqtt", language = "python",
      prompt = "Publish one soil reading with QoS 1 and wait until the broker has it.",
      code = [==[
import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion

client = mqtt.Client(CallbackAPIVersion.{1},
                     client_id="bed-3")
client.connect("broker.local", 1883, keepalive=60)
client.{2}()
info = client.publish("greenhouse/bed3/soil", "0.41",
                      qos=1)
info.wait_for_publish(timeout=5)
]==],
      blanks = {
        { options = { "VERSION2", "VERSION1" }, answer = 1,
          why = {
            "Version-2 callbacks get reason codes and properties for MQTT 3.1.1 and 5 alike.",
            "Version 1 is deprecated and kept only for old code.",
          } },
        { options = { "loop_start", "loop_forever" }, answer = 1,
          why = {
            "Runs the network loop in a background thread, so the script goes on to publish.",
            "Blocks on this line for ever: the publish below never runs.",
          } },
      },
      explain = "publish() returns a MQTTMessageInfo; wait_for_publish() blocks until the QoS 1 handshake completes or the timeout passes. Without a running network loop, nothing is sent.",
    },
    iot_paho_4 = {
      kind = "choice", skill = "paho_mqtt", scenario = true,
      prompt = "Your Flask backend publishes one MQTT command per HTTP request. A new client per request, or one long-lived client?",
      choices = {
        { "One client, connected at start-up, with loop_start(), shared by requests", right = true,
          why = "One connection, one session, and reconnects handled in the background." },
        { "A new client per request, disconnected afterwards",
          why = "Each request pays a TCP and TLS handshake and floods the broker with short sessions." },
        { "paho.mqtt.publish.single() in each request",
          why = "It also connects and disconnects every time; handy for cron scripts, not for servers." },
      },
      explain = "Connections to a broker are meant to be long-lived. Short scripts can use publish.single(); services keep one client and its network loop running.",
    },
  },

  hints = {
    "Hana stands near the start: walk next to her and press {confirm}.",
    "Carry each probe to a bed's Pi, and a filter to each subscriber: the panel shows who gets what.",
    "Dashboard: temperatures only. Irrigation: soil only. Logger: everything under greenhouse/.",
    "The Dashboard stays silent until its script is fixed: the terminal on the north wall.",
  },

  goals = {
    { talk = "Hana", text = "Talk to Hana",
      hint = "Hana stands just above where you start: press {confirm} next to her." },
    { collect = "mqtt", text = "Hold MQTT",
      hint = "Take the MQTT orb, then answer Hana or the topic notes on the north wall." },
    { collect = "paho_mqtt", text = "Hold paho-mqtt",
      hint = "Take the paho orb, then answer Kofi, the dashboard script or the bed publisher." },
    { answer = "iot_paho_1", text = "Fix the Dashboard's client",
      hint = "The dashboard script on the north wall: which line misses paho-mqtt 2's first argument?" },
    { reach = "routing right", text = "Every subscriber gets its own",
      hint = "Every bed needs a probe; each subscriber a filter: + is one level, # all the rest." },
  },

  grants = { xp = 70 },

  on_update = function(dt)
    tick = tick + 1
    if tick % 70 == 0 then mqtt().publish() end
    mqtt().update(dt)
  end,

  on_start = function()
    mqtt().panel()
  end,

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_interact = function(e)
    if e.name == "Hana" and refresh().start({ { "iot_basics", "iot_basics_3" } }) then return end
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
      if id == "iot_paho_1" then
        mqtt().connect()
        -- Said once the exercise's feedback is closed.
        sq.after(0.2, function()
          sq.say("Dashboard", "Connected to broker.local:1883. The Dashboard now receives "
            .. "whatever its filter matches.")
        end)
      end
    end
  end,
}
