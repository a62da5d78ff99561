-- levels/iot/02_noisy_beds.lua: the Internet of Things quest, level 2.
-- The readings are in, and they are a mess. The player filters a spiky
-- probe until the heat alarm stops crying wolf, and files a backlog of
-- readings by the time they were taken, not the time they arrived
-- (lib/beds.lua).
-- Play order: the beds (Tomasz, the sensors orb, the filter slot and its
-- tokens, the filter notes, the door counter) -> gate (sensors held) -> the
-- storage room (Leila, the time-series orb, the rack and its tokens, the
-- ingest script) -> exit.
-- Facts (DS18B20 datasheet, gpiozero Button and smoothing, Python): FACTS.md.

local function beds()
  return sq.module("beds")
end

local function refresh()
  return sq.module("refresh")
end

-- Who asks what after their talk, until it is answered right.
local asks = { Tomasz = { "iot_sensors_3" }, Leila = { "iot_ts_1" } }
local right = {}
local tick = 0

return {
  format = 1,
  id = "iot.noisy_beds",
  quest = "iot",
  title = "Noisy Beds",
  brief = "The glasshouse reports in, and the readings are a mess: a heat alarm that cries wolf and "
    .. "a bed whose link keeps dropping. Tame them. Talk to Tomasz first; {hint} gives a hint.",
  music = "music_hub",
  -- IoT basics comes from level 1 (Tomasz teaches it again to anyone who
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
      sprite = "token_card_blue", solid = true, size = { 12, 12 },
      on_spawn = function(self) sq.set_label(self.id, self.props.label, true) end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    slot = {
      sprite = "slot", solid = true,
      on_spawn = function(self) sq.set_label(self.id, self.props.label, true) end,
      on_place = function(self, token) return beds().place(self, token) end,
      on_take = function(self, token) beds().take(self, token) end,
      on_interact = function(self) sq.say(self.props.label, self.props.text) end,
    },
    marker = { hidden = true },
  },

  map = {
    theme = "iot",
    legend = {
      M = { type = "mentor", name = "Tomasz", dialogue = "tomasz", look = "tomasz", facing = "down" },
      L = { type = "mentor", name = "Leila", dialogue = "leila", look = "leila", facing = "down" },
      V = { type = "review", name = "review desk" },
      N = { type = "terminal", name = "filter notes", speaker = "Filter notes",
            text = "A window of the last few readings, and one number from it: the mean, or the "
              .. "median, the middle value once they are sorted.",
            quiz = "iot_sensors_4" },
      C = { type = "terminal", name = "door counter", speaker = "door_count.py",
            text = "Visitors today: 57. Rosa counted 17.",
            quiz = "iot_sensors_2", more = "iot_sensors_1" },
      I = { type = "terminal", name = "ingest script", speaker = "ingest.py",
            text = "Files every reading that arrives over MQTT into hourly buckets for the charts.",
            quiz = "iot_ts_4", more = "iot_ts_3" },
      G = { type = "gate", name = "storage gate", requires = "sensors" },
      F = { type = "slot", name = "filter slot", slot = "filter", label = "bed 2 filter",
            text = "What the heat alarm sees of bed 2's probe: a filter token goes here." },
      S = { type = "slot", name = "rack slot", slot = "rack", label = "filed by",
            text = "The storage rack files each reading into an hour. By which time?" },
      r = { type = "token", name = "raw", kind = "raw", label = "raw", sprite = "token_card_yellow" },
      m = { type = "token", name = "mean", kind = "mean", label = "mean of 5", sprite = "token_card_yellow" },
      d = { type = "token", name = "median", kind = "median", label = "median of 5", sprite = "token_card_yellow" },
      a = { type = "token", name = "arrival time", kind = "arrival", label = "arrival time", sprite = "token_chip_blue" },
      t = { type = "token", name = "reading ts", kind = "ts", label = "reading's ts", sprite = "token_chip_blue" },
      ["1"] = { type = "skill", name = "sensors orb", skill = "sensors" },
      ["2"] = { type = "skill", name = "time series orb", skill = "time_series" },
      W = { type = "marker", name = "beds steady" },
      H = { type = "marker", name = "history filled" },
      b = { type = "prop", sprite = "iot_bed" },
      y = { type = "prop", sprite = "iot_sensor" },
      x = { type = "prop", sprite = "iot_valve" },
      f = { type = "prop", sprite = "iot_fan" },
      q = { type = "prop", sprite = "iot_spool" },
      o = { type = "prop", sprite = "iot_pi_bench" },
      k = { type = "prop", sprite = "data_shelf" },
    },
    rows = {
      "########################E###############",
      "#.b.b.b.b.b.b.b.b..#H.....f...........f#",
      "#..................#...................#",
      "#..................#..L.....b.b.b.b.b..#",
      "#...M..............#...................#",
      "#........F....N....#...................#",
      "#..................#........b.b.b.b.b..#",
      "#W.................#..S................#",
      "#..................#...................#",
      "#..r.....m.....d...G........b.b.b.b.b..#",
      "#..................#...................#",
      "#..................#...................#",
      "#....1.......C.....#.a.................#",
      "#................q.#........t..........#",
      "#y.................#...................#",
      "#........@.........#..............I....#",
      "#.V..............x.#o....2..........k.k#",
      "########################################",
    },
  },

  dialogue = {
    tomasz = {
      { "Tomasz Wojcik, data engineer", "The readings are in! And half of them are lies. Bed 2's "
        .. "heat alarm went off nine times last night, and the beds never got above 22 degrees." },
      "Its DS18B20 probe has a loose wire. Each time it loses power it answers 85.0: the value it "
        .. "holds before its first measurement. One bad reading, and the alarm fires.",
      "Never trust a single reading. The bed's filter slot decides what the alarm sees: raw, the "
        .. "mean of the last five, or their median. Try them and watch the panel.",
      "The sensors orb is by the beds. First, tell me what you would do:",
    },
    leila = {
      { "Leila Haddad, backend developer", "Bed 2's Pi lost its link for an hour this morning. It "
        .. "kept its readings, each with the time it took them, and sent them all when it came back." },
      "Sensor data is a time series: a value and the time it was taken, again and again. Charts, "
        .. "alarms and averages all group it by time. So which time?",
      "The rack's slot says how readings are filed: by arrival, or by the reading's own ts. The "
        .. "time-series orb is here too. Tell me first how you would store a year of this:",
    },
  },

  exercises = {
    iot_sensors_1 = {
      kind = "sort", skill = "sensors",
      prompt = "Sensor or actuator? Sort the greenhouse hardware.",
      bins = { "Sensor", "Actuator" },
      items = {
        { "Capacitive soil-moisture probe", bin = 1, why = "Measures the soil." },
        { "Solenoid water valve", bin = 2, why = "Acts on the world: lets water through." },
        { "DS18B20 temperature probe", bin = 1, why = "Measures temperature." },
        { "Vent fan on a relay", bin = 2, why = "Acts on the air." },
        { "Reed switch on the door", bin = 1, why = "Senses whether the door is shut." },
        { "Grow-light dimmer", bin = 2, why = "Changes the light the plants get." },
      },
      explain = "Sensors measure, actuators act. Control loops connect them: a reading crosses a threshold, a command moves an actuator, and the next reading shows whether it worked.",
    },
    iot_sensors_2 = {
      kind = "code", skill = "sensors", language = "python",
      prompt = "Each time the door opens once, the visitor count goes up by 3 or 4. Which line needs a change?",
      code = [==[
from signal import pause
from gpiozero import Button

count = 0

def visitor():
    global count
    count += 1
    print("visitors:", count)

door = Button(17)
door.when_pressed = visitor
pause()
]==],
      answer = 11,
      why = {
        [8] = "Counting is fine; the input is firing too often.",
        [11] = "Switch contacts bounce. Button(17, bounce_time=0.05) ignores changes for 50 ms after the first.",
        [12] = "Assigning the function itself, without brackets, is right.",
      },
      explain = "Mechanical contacts bounce for a few milliseconds, and each bounce is an edge. Debounce in software with bounce_time, or in hardware with a small RC filter.",
    },
    iot_sensors_3 = {
      kind = "choice", skill = "sensors", scenario = true,
      prompt = "A probe reads 21.3, 21.4, 85.0, 21.2, 21.4. The 85.0 is a known power-up glitch of the DS18B20. Which smoothing do you use?",
      choices = {
        { "The median of the last 5 readings", right = true,
          why = "One spike cannot move a median. gpiozero's smoothed input devices use a median by default." },
        { "The mean of the last 5 readings",
          why = "One 85.0 lifts the mean to about 34, which is 13 degrees too high." },
        { "Only the latest reading",
          why = "Every glitch reaches the dashboard and the rules." },
        { "The maximum of the last 5",
          why = "The maximum picks the glitch every time." },
      },
      explain = "Medians reject single spikes; averages smooth steady noise. Also discard values outside what the sensor can physically measure.",
    },
    iot_sensors_4 = {
      kind = "fill", skill = "sensors", language = "python",
      prompt = "Smooth a spiky sensor with a small moving window.",
      code = [==[
import statistics
from collections import deque

window = deque(maxlen={2})

def smooth(reading):
    window.append(reading)
    return statistics.{1}(window)
]==],
      blanks = {
        { options = { "median", "mean" }, answer = 1,
          why = {
            "The median ignores a single spike.",
            "The mean lets one spike pull every smoothed value with it.",
          } },
        { options = { "5", "1" }, answer = 1,
          why = {
            "An odd window of 5 lets four good readings outvote one spike.",
            "A window of 1 is just the raw reading: no smoothing at all.",
          } },
      },
      explain = "deque(maxlen=5) keeps only the last five values, and their median is a cheap, robust filter for spiky sensors.",
    },
    iot_ts_1 = {
      kind = "choice", skill = "time_series", scenario = true,
      prompt = "10,000 sensors send a reading every 10 s. Raw data is needed for 7 days, charts for 2 years. What do you store?",
      choices = {
        { "Hourly min, average and max kept long-term; raw data expires after 7 days", right = true,
          why = "Charts keep their shape at a tiny fraction of the rows." },
        { "Every raw reading, forever",
          why = "About 31.5 billion rows a year: storage and queries grow without end." },
        { "Only the latest value per sensor",
          why = "There is no history left to chart." },
        { "Daily averages only, from day one",
          why = "A daily average hides the hot afternoon that wilted the plants." },
      },
      explain = "Retention plus downsampling is the standard pattern; TimescaleDB calls them retention policies and continuous aggregates. Keep min and max, not only averages, so extremes survive.",
    },
    iot_ts_3 = {
      kind = "order", skill = "time_series",
      prompt = "Bed 2's Pi was offline for two hours. Put the correct handling of its backlog in order.",
      items = {
        "The Pi buffers readings with their own times",
        "The link returns; the Pi publishes the backlog",
        "The backend stores each at its original time",
        "The hourly aggregates those hours touch update",
        "The charts show the filled-in history",
      },
      explain = "Timestamp at the source, not on arrival, or a two-hour outage shows up as a burst at reconnect. Aggregates must refresh the time buckets that late data lands in.",
    },
    iot_ts_4 = {
      kind = "code", skill = "time_series", language = "python",
      prompt = "After an outage, two hours of buffered readings all land in the current hour's bucket. Which line is wrong?",
      code = [==[
from collections import defaultdict
from datetime import datetime, timezone

buckets = defaultdict(list)

def on_reading(msg):
    ts = datetime.fromisoformat(msg["ts"])
    now = datetime.now(timezone.utc)
    hour = now.replace(minute=0, second=0,
                       microsecond=0)
    buckets[(msg["device"], hour)].append(msg["value"])
]==],
      answer = 9,
      why = {
        [7] = "Parsing the device's ISO 8601 timestamp is right; the code then ignores it.",
        [9] = "It buckets by arrival time. Use ts.replace(minute=0, second=0, microsecond=0): the reading's own time.",
        [11] = "Keying by device and hour is fine once the hour is right.",
      },
      explain = "Readings carry the time they were taken. Bucketing by arrival time turns every outage into a false spike and an empty gap.",
    },
  },

  hints = {
    "Tomasz stands near the start: walk next to him and press {confirm}.",
    "Carry a filter token to the bed 2 filter slot and watch the panel: which one lets 8 readings "
      .. "pass without a false alarm?",
    "The gate east opens once you hold Sensors and actuators: orb, then an answer.",
    "In the storage room, Leila and the rack: try both times and compare the hours on the panel.",
  },

  goals = {
    { talk = "Tomasz", text = "Talk to Tomasz",
      hint = "Tomasz stands just above where you start: press {confirm} next to him." },
    { collect = "sensors", text = "Hold Sensors and actuators",
      hint = "Take the sensors orb, then answer Tomasz, the filter notes or the door counter." },
    { reach = "beds steady", text = "8 readings, no false alarm",
      hint = "Try each filter token on the bed 2 filter slot: a spike comes every sixth reading." },
    { collect = "time_series", text = "Hold Time-series data",
      hint = "Through the gate east: talk to Leila, take the orb by the rack." },
    { reach = "history filled", text = "File the outage right",
      hint = "The rack's slot takes a time token: which one fills 10:00 in?" },
    { answer = "iot_ts_4", text = "Fix the ingest script",
      hint = "The ingest script is the terminal in the storage room." },
  },

  grants = { xp = 60 },

  on_start = function()
    beds().beds_panel()
  end,

  on_update = function(dt)
    tick = tick + 1
    if tick % 60 == 0 then beds().reading() end
    if tick % 15 == 0 then beds().follow(sq.player().x) end
  end,

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_interact = function(e)
    if e.name == "Tomasz" and refresh().start({ { "iot_basics", "iot_basics_3" } }) then return end
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
