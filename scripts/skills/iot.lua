-- scripts/skills/iot.lua: the skills of Internet of Things.
-- The format of a skill card is in scripts/README.md.
-- The Internet of Things quest (levels/iot/) teaches every skill here but
-- MicroPython; its design review grants the two engineer-side ones.

local skills = {}
local function skill(t) skills[t.id] = t end

skill{
  id = "iot_basics", name = "IoT basics", field = "iot", side = "developer",
  requires = {},
  optional = { "networking" },
  card = "The Internet of Things connects everyday devices, such as sensors, thermostats and meters, to networks so they can report data and be controlled remotely. A backend collects their readings, stores them and sends commands back.",
}

skill{
  id = "raspberry_pi", name = "Raspberry Pi", field = "iot", side = "developer",
  requires = {},
  optional = { "python", "iot_basics" },
  card = "The Raspberry Pi is a small, low-cost single-board computer that usually runs Linux. With Python and its GPIO pins it is a popular platform for learning, IoT prototypes and home projects.",
}

skill{
  id = "gpio", name = "GPIO pins", field = "iot", side = "developer",
  requires = { "raspberry_pi" },
  optional = { "python" },
  card = "GPIO pins let a program read buttons and sensors and switch LEDs or relays. gpiozero makes this short and, through lgpio, drives the Pi 5 too, which the older RPi.GPIO library does not support. The pins work at 3.3 V: 5 V can destroy them.",
}

skill{
  id = "sensors", name = "Sensors and actuators", field = "iot", side = "developer",
  requires = { "iot_basics" },
  card = "Sensors measure the world, such as temperature, light or motion; actuators act on it, such as motors, valves and relays. Readings are noisy and devices fail, so IoT code filters data and expects missing values.",
}

skill{
  id = "micropython", name = "MicroPython", field = "iot", side = "developer",
  requires = { "python", "iot_basics" },
  card = "MicroPython is a lean implementation of Python 3 for microcontrollers such as the Raspberry Pi Pico and the ESP32. It brings Python to boards with only kilobytes of RAM, where a full Linux computer would be overkill.",
}

skill{
  id = "time_series", name = "Time-series data", field = "iot", side = "developer",
  requires = { "sensors" },
  optional = { "sql" },
  card = "Sensor readings are time-series data: timestamped values that arrive constantly. Store each at the time it was taken, in a database such as InfluxDB or TimescaleDB, and downsample old data to keep storage under control.",
}

skill{
  id = "mqtt", name = "MQTT", field = "iot", side = "developer",
  requires = { "iot_basics" },
  card = "MQTT is a lightweight publish/subscribe messaging protocol, not a library. Devices publish messages to topics such as home/kitchen/temp on a broker, and every subscriber to that topic receives them, which suits small devices on unreliable networks.",
}

skill{
  id = "paho_mqtt", name = "paho-mqtt", field = "iot", side = "developer",
  requires = { "mqtt" },
  optional = { "python" },
  card = "paho-mqtt is the Eclipse Paho MQTT client for Python. Since 2.0 (2024), Client takes the callback API version first, as in Client(CallbackAPIVersion.VERSION2), so code from older tutorials breaks.",
}

skill{
  id = "mqtt_broker", name = "MQTT brokers and QoS", field = "iot", side = "developer",
  requires = { "mqtt" },
  card = "A broker such as Eclipse Mosquitto passes every MQTT message on to its subscribers. QoS 0, 1 and 2 trade speed for delivery guarantees, retained messages give new subscribers the last value, and a last will announces clients that vanish.",
}

skill{
  id = "iot_security", name = "IoT security", field = "iot", side = "engineer",
  requires = { "mqtt_broker" },
  optional = { "tls" },
  card = "Devices sit unattended for years on untrusted networks. Per-device credentials, TLS on every connection, signed firmware and few open ports are the basics, and law now demands some: the UK has banned universal default passwords since April 2024.",
}

skill{
  id = "ota_updates", name = "Over-the-air updates", field = "iot", side = "engineer",
  requires = { "iot_security" },
  card = "Over-the-air (OTA) updates deliver new firmware to devices in the field. Updates must be signed, rolled out gradually and able to fall back to the previous version, because a broken device may be far away.",
}

return skills
