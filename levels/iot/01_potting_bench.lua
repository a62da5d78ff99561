-- levels/iot/01_potting_bench.lua: the Internet of Things quest, level 1.
-- The campus glasshouse is going "smart". The player learns what IoT is,
-- what a Raspberry Pi is for, and wires sensors to a Pi 5's GPIO pins the
-- way the hardware allows (lib/bench.lua): a GPIO library that drives the
-- Pi 5, an ADC for the analog soil probe, a divider for a 5 V echo.
-- Play order: entrance (Rosa, the IoT orb, the wall chart) -> gate (IoT
-- basics held) -> bench room (Kwame, the Raspberry Pi orb, the bench notes,
-- the GPIO orb, the bench itself, the datasheet, the fan script) -> exit.
-- Facts (gpiozero 2.0 docs, Raspberry Pi GPIO docs, paho-mqtt): FACTS.md.

local function bench()
  return sq.module("bench")
end

-- Who asks what after their talk, until it is answered right.
local asks = { Kwame = { "iot_pi_1" } }
local right = {}

return {
  format = 1,
  id = "iot.potting_bench",
  quest = "iot",
  title = "The Potting Bench",
  brief = "The campus glasshouse wants to tell Rosa when its door is open and its beds are dry. "
    .. "Learn what IoT is, then wire sensors to a Raspberry Pi. Talk to Rosa first; {hint} gives a hint.",
  music = "music_hub",

  behaviours = {
    terminal = {
      sprite = "terminal", frames = 2, rate = 40, size = { 14, 12 }, offset = { -1, -4 }, solid = true,
      on_interact = function(self)
        if self.props.text then sq.say(self.props.speaker or "Sign", self.props.text) end
        sq.ask({ self.props.quiz, self.props.more })
      end,
    },
    -- A part on the tray: carried to a slot of the bench.
    part = {
      sprite = "token_chip_green", solid = true, size = { 12, 12 },
      on_spawn = function(self) sq.set_label(self.id, self.props.label, true) end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    -- A pin, bus or breadboard slot of the bench.
    pin = {
      sprite = "slot", solid = true,
      on_spawn = function(self) sq.set_label(self.id, self.props.label, true) end,
      on_place = function(self, token) return bench().place(self, token) end,
      on_take = function(self, token) bench().take(self, token) end,
      on_interact = function(self)
        sq.say(self.props.label:gsub("\n", " "), self.props.text)
      end,
    },
    -- Names a goal the level meets itself (sq.goal): never drawn, never in the way.
    marker = { hidden = true },
    door = {
      sprite = "door_locked", solid = true,
      on_spawn = function(self) sq.set_label(self.id, "Door: shut", true) end,
      on_interact = function(self) bench().toggle_door(self) end,
    },
  },

  map = {
    theme = "iot",
    legend = {
      M = { type = "mentor", name = "Rosa", dialogue = "rosa", look = "rosa", facing = "down" },
      K = { type = "mentor", name = "Kwame", dialogue = "kwame", look = "kwame", facing = "left" },
      C = { type = "terminal", name = "wall chart", speaker = "Wall chart: one reading's journey",
            text = "Probe -> ADC -> Pi -> MQTT broker -> backend -> database -> dashboard. "
              .. "And back: a rule in the backend can tell a valve on the edge to open.",
            quiz = "iot_basics_1", more = "iot_basics_2" },
      N = { type = "terminal", name = "bench notes", speaker = "Bench notes",
            text = "A Pi is a Linux computer: Python, storage, Wi-Fi. It has digital GPIO pins "
              .. "but no analog inputs. Its system Python is managed by apt.",
            quiz = "iot_pi_2", more = "iot_pi_4" },
      H = { type = "terminal", name = "datasheet", speaker = "HC-SR04 datasheet",
            text = "Ultrasonic distance sensor. Supply 5 V. Echo output: a 5 V pulse as long as "
              .. "the sound's round trip.",
            quiz = "iot_gpio_3" },
      F = { type = "terminal", name = "fan script", speaker = "fan.py",
            text = "The vent fan should start when the door switch closes. It never does.",
            quiz = "iot_gpio_1", more = "iot_gpio_4" },
      G = { type = "gate", name = "bench gate", requires = "iot_basics" },
      D = { type = "door", name = "greenhouse door" },
      W = { type = "marker", name = "bench wired" },
      ["1"] = { type = "skill", name = "iot orb", skill = "iot_basics" },
      ["2"] = { type = "skill", name = "pi orb", skill = "raspberry_pi" },
      ["3"] = { type = "skill", name = "gpio orb", skill = "gpio" },
      L = { type = "pin", name = "library slot", pin = "library", label = "Pi 5 library",
            text = "The Pi 5's GPIO library: the Python code that drives its pins." },
      a = { type = "pin", name = "GPIO17", pin = "gpio17", label = "GPIO17",
            text = "A digital pin, 3.3 V: high or low. For the door's reed switch." },
      s = { type = "pin", name = "SPI pins", pin = "spi", label = "SPI",
            text = "The SPI bus: a chip such as an ADC talks to the Pi over it." },
      c = { type = "pin", name = "ADC CH0", pin = "ch0", label = "ADC CH0",
            text = "Channel 0 of an ADC chip, once there is one: it reads an analog voltage." },
      v = { type = "pin", name = "breadboard", pin = "divider", label = "breadboard",
            text = "Room for a voltage divider between the 5 V echo and GPIO24." },
      e = { type = "pin", name = "GPIO24", pin = "gpio24", label = "GPIO24",
            text = "A digital pin, 3.3 V: for the distance sensor's echo." },
      r = { type = "part", name = "RPi.GPIO", part = "rpigpio", label = "RPi.GPIO", sprite = "token_card_blue" },
      z = { type = "part", name = "gpiozero", part = "gpiozero", label = "gpiozero", sprite = "token_card_blue" },
      w = { type = "part", name = "reed switch", part = "reed", label = "reed switch", sprite = "token_chip_blue" },
      p = { type = "part", name = "soil probe", part = "soil", label = "soil probe", sprite = "token_chip_green" },
      m = { type = "part", name = "MCP3008", part = "adc", label = "MCP3008 ADC", sprite = "token_chip_yellow" },
      h = { type = "part", name = "HC-SR04 echo", part = "echo", label = "HC-SR04 echo", sprite = "token_chip_red" },
      d = { type = "part", name = "divider", part = "divider", label = "divider", sprite = "token_crate_red" },
      b = { type = "prop", sprite = "iot_bed" },
      o = { type = "prop", sprite = "iot_pi_bench" },
      f = { type = "prop", sprite = "iot_fan" },
      q = { type = "prop", sprite = "iot_spool" },
      x = { type = "prop", sprite = "iot_valve" },
      y = { type = "prop", sprite = "iot_sensor" },
    },
    rows = {
      "######################E#################",
      "#b.b.b.b.b.#o...o.........f...........f#",
      "#..........#..L........................#",
      "#..C.......#.......K..2.....b.b.b.b.b..#",
      "#..........#..a........................#",
      "#...M......#...........................#",
      "#..........#W.s.......N.....b.b.b.b.b..#",
      "#..........#...........................#",
      "#..........#..c.......................x#",
      "#..........G..........3.....b.b.b.b.b..#",
      "#..........#..v....H......y............#",
      "#.......1..#...........................#",
      "#..........#..e........................#",
      "#..........#......r......z......w.....F#",
      "#y.........#......................D....#",
      "#....@.....#...........................#",
      "#x........q#q..p......m......h......d..#",
      "########################################",
    },
  },

  dialogue = {
    rosa = {
      { "Rosa Delgado, glasshouse manager", "Welcome to the glasshouse! I grow tomatoes, and I "
        .. "want them to tell me things: when the door is left open, and when a bed is dry." },
      "That is the Internet of Things: small devices with sensors, on a network, reporting to "
        .. "a backend that stores their readings and sends commands back, such as 'open valve 3'.",
      "The IoT orb is by the beds. The wall chart shows one reading's journey: follow it, and "
        .. "the gate to the bench room opens for you. Kwame waits there with a new Raspberry Pi.",
    },
    kwame = {
      { "Kwame Asante, embedded developer", "Hi, I'm Kwame. This is a Raspberry Pi 5: a small "
        .. "Linux computer with 40 header pins. Most are GPIO, general-purpose input and output." },
      "The pins speak 3.3 V and only high or low. The old tutorial on the bench uses RPi.GPIO, "
        .. "which cannot drive the Pi 5: gpiozero can, through lgpio.",
      "Carry each part from the tray to its slot: the library first, then the door switch, the "
        .. "soil probe and the distance sensor. The bench says no when the hardware would.",
      "The Raspberry Pi orb and the GPIO orb are south of the tray. First, a choice for you:",
    },
  },

  exercises = {
    iot_basics_1 = {
      kind = "order", skill = "iot_basics",
      prompt = "Follow one soil-moisture reading from the bed to the dashboard.",
      items = {
        "The probe's output voltage changes with moisture",
        "An ADC chip turns the voltage into a number",
        "A Python script on the Pi reads and filters it",
        "The script publishes it over MQTT to a broker",
        "A backend service stores it in a database",
        "A dashboard shows it; a rule may open a valve",
      },
      explain = "Most IoT systems have this shape: sensing at the edge, a network hop, collection, storage and action. Every hop can fail, so each needs a plan for missing data.",
    },
    iot_basics_2 = {
      kind = "sort", skill = "iot_basics",
      prompt = "Where does each part of the greenhouse system live?",
      bins = { "Edge device", "Broker", "Backend" },
      items = {
        { "A Pi reading a soil probe", bin = 1, why = "Edge devices sit next to the plants and touch the physical world." },
        { "An ESP32 switching a water valve", bin = 1, why = "Actuators are edge devices too." },
        { "Mosquitto receiving all the readings", bin = 2, why = "The broker is the post office between publishers and subscribers." },
        { "Routing each topic to its subscribers", bin = 2, why = "Matching topics to subscriptions is the broker's job." },
        { "A service that stores readings", bin = 3, why = "Backends store, analyse and decide." },
        { "A rule that sends 'open valve 3'", bin = 3, why = "Decisions across many devices belong in the backend." },
      },
      explain = "Devices sense and act, the broker moves messages, the backend stores and decides. Keeping the roles apart lets each part fail or scale on its own.",
    },
    iot_pi_1 = {
      kind = "choice", skill = "raspberry_pi", scenario = true,
      prompt = "A greenhouse needs to read 12 sensors, run a small local dashboard and keep watering if the internet drops. What do you put in the shed?",
      choices = {
        { "A Raspberry Pi: Linux, Python, storage, a local broker and dashboard", right = true,
          why = "A full Linux computer can host the broker, the logic and a web page, and works offline." },
        { "Nothing local: a cloud service does it all",
          why = "When the internet drops, nothing reads the sensors or waters." },
        { "A Raspberry Pi Pico running MicroPython, alone",
          why = "Great for a low-power sensor node, but a broker and dashboard need a Linux computer." },
      },
      explain = "Pick by job: microcontrollers for low-power sensor nodes, a Linux single-board computer as the local hub, the cloud for fleet-wide storage and analysis.",
    },
    iot_pi_2 = {
      kind = "choice", skill = "raspberry_pi",
      prompt = "A Raspberry Pi has no analog inputs. How does it read an analog soil-moisture probe?",
      choices = {
        { "Through an ADC chip such as the MCP3008 on the SPI bus", right = true,
          why = "gpiozero's MCP3008 class returns the reading as a value from 0.0 to 1.0." },
        { "Directly on a GPIO pin, with gpiozero.AnalogPin",
          why = "GPIO pins are digital: high or low only. gpiozero has no such class." },
        { "By reading the file /dev/analog0",
          why = "No such device exists on a Raspberry Pi." },
      },
      explain = "Raspberry Pi computers have digital GPIO only, so analog sensors need an ADC. The Pico's RP2040 microcontroller, by contrast, has ADC inputs built in.",
    },
    iot_pi_4 = {
      kind = "fill", skill = "raspberry_pi", language = "shell",
      prompt = "On Raspberry Pi OS, pip refuses to install into the system Python. Set up the project properly.",
      code = [==[
python3 -m venv --{1} ~/venv
source ~/venv/bin/activate
pip install {2}
]==],
      blanks = {
        { options = { "system-site-packages", "user" }, answer = 1,
          why = {
            "Lets the venv see apt-installed libraries such as lgpio, as gpiozero's docs suggest.",
            "venv has no --user option; it exits with an error.",
          } },
        { options = { "paho-mqtt", "paho" }, answer = 1,
          why = {
            "The package is published as paho-mqtt; you import it as paho.mqtt.client.",
            "Not the name of the Eclipse MQTT client package.",
          } },
      },
      explain = "Raspberry Pi OS marks its system Python as externally managed (PEP 668), so pip outside a virtual environment fails. A venv keeps each project's packages apart.",
    },
    iot_gpio_1 = {
      kind = "code", skill = "gpio", language = "python",
      prompt = "The vent fan should start when the door switch closes, but it never does. Which line is the bug?",
      code = [==[
from signal import pause
from gpiozero import Button, DigitalOutputDevice

door = Button(17)
fan = DigitalOutputDevice(27)

def opened():
    fan.on()

door.when_pressed = opened()
door.when_released = fan.off
pause()
]==],
      answer = 10,
      why = {
        [4] = "Button(17) means GPIO17 with the internal pull-up on: right for a switch to ground.",
        [10] = "opened() runs once at start-up, switching the fan on once, and assigns its result, None. Write door.when_pressed = opened.",
        [11] = "fan.off without brackets is right: a function for gpiozero to call later.",
      },
      explain = "gpiozero callbacks take the function itself, not its result. gpiozero even warns with CallbackSetToNone when a callback is set to None like this.",
    },
    iot_gpio_3 = {
      kind = "choice", skill = "gpio", scenario = true,
      prompt = "An HC-SR04 ultrasonic sensor runs on 5 V, and its echo pin outputs 5 V pulses. How do you connect the echo to the Pi?",
      choices = {
        { "Through a voltage divider or level shifter, down to 3.3 V", right = true,
          why = "Pi GPIO pins are 3.3 V; more than that can destroy them." },
        { "Straight to a GPIO pin: the Pi is protected",
          why = "It is not. The official docs warn that over 3.3 V will likely destroy the GPIO block." },
        { "To the 5 V pin on the header",
          why = "That pin is a power output, not an input anyone can read." },
        { "Through the pin's internal pull-up resistor",
          why = "A pull-up only sets a default level; it does not limit an incoming voltage." },
      },
      explain = "gpiozero's DistanceSensor(echo=24, trigger=23) handles the timing, but the wiring must still bring 5 V down to 3.3 V, for example with two resistors.",
    },
    iot_gpio_4 = {
      kind = "fill", skill = "gpio", language = "python",
      prompt = "A reed switch connects GPIO17 (header pin 11) to ground when the door is shut. Create the input.",
      code = [==[
from gpiozero import Button
door = Button({1}, pull_up={2})
]==],
      blanks = {
        { options = { "17", "11" }, answer = 1,
          why = {
            "gpiozero numbers pins by GPIO (BCM) number by default.",
            "11 is the physical header pin; gpiozero would use GPIO11. Write \"BOARD11\" for header numbers.",
          } },
        { options = { "True", "False" }, answer = 1,
          why = {
            "The switch pulls the pin to ground, so the internal pull-up holds it high while open.",
            "False turns on the pull-down: the pin reads low whether the switch is open or shut.",
          } },
      },
      explain = "Button already defaults to pull_up=True, so Button(17) alone is right for a switch wired to ground.",
    },
  },

  hints = {
    "Rosa stands near the start: walk next to her and press {confirm}.",
    "Read the wall chart (top left) to hold IoT basics; then the gate opens.",
    "In the bench room: Kwame first, then the orbs and the bench notes south of the tray.",
    "Carry a part with {confirm} and press {confirm} at a slot. The library goes in first.",
    "The soil probe needs the MCP3008 on SPI first; the echo needs the divider on the breadboard.",
  },

  goals = {
    { talk = "Rosa", text = "Talk to Rosa",
      hint = "Rosa stands just above where you start: press {confirm} next to her." },
    { collect = "iot_basics", text = "Hold IoT basics: orb, then the wall chart",
      hint = "Take the IoT orb by the beds, then answer the wall chart's questions." },
    { collect = "raspberry_pi", text = "Hold Raspberry Pi",
      hint = "Talk to Kwame in the bench room and take the Raspberry Pi orb south of the tray." },
    { collect = "gpio", text = "Hold GPIO pins",
      hint = "Take the GPIO orb, then answer the datasheet or the fan script." },
    { reach = "bench wired", text = "Wire door, soil and distance sensors",
      hint = "Library first (gpiozero), then GPIO17, SPI and CH0, the breadboard, GPIO24." },
    { answer = "iot_gpio_1", text = "Fix the fan script",
      hint = "The fan script is the terminal south-east: find the line that calls too soon." },
  },

  grants = { xp = 60 },

  on_start = function()
    bench().panel()
  end,

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_interact = function(e)
    local list = {}
    for _, id in ipairs(asks[e.name] or {}) do
      if not right[id] then list[#list + 1] = id end
    end
    if #list > 0 then sq.ask(list) end
  end,

  on_answer = function(id, correct)
    if correct then
      right[id] = true
      sq.xp(10)
    end
  end,
}
