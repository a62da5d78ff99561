-- Level tests for 01_potting_bench.lua: run with `skillquest --test levels/iot/`.

-- Carries the part named to the slot named and presses confirm there;
-- returns whether the slot took it (a part wired the first time earns 5 XP).
local function wire(t, part, slot)
  local xp = t.xp()
  t.walk_to(part); t.press("confirm")
  t.walk_to(slot); t.press("confirm")
  return t.xp() == xp + 5
end

-- Puts the carried part down on open floor, away from the slots.
local dropped = 0
local function put_down(t)
  dropped = dropped + 1
  t.walk_to("SPI pins"); t.hold("right", 14 * dropped); t.hold("up", 2)
  t.press("confirm")
end

local function to_bench_room(t)
  t.walk_to("Rosa"); t.press("confirm"); t.advance()
  t.walk_to("iot orb"); t.advance()
  t.walk_to("wall chart"); t.press("confirm"); t.advance()
  t.expect(t.solve(), "the reading's journey, in order")
  t.expect(t.solve(), "edge, broker, backend")
  t.expect(t.has_skill("iot_basics"), "IoT basics held")
end

test("the brief, and the gate waits for IoT basics held", function(t)
  t.load("01_potting_bench.lua")
  t.expect(t.error() == nil, "no level error")
  t.expect(t.text():find("Rosa"), "the brief names Rosa")
  t.advance()
  t.walk_to("iot orb"); t.advance()
  t.expect(t.learning("iot_basics") and not t.has_skill("iot_basics"), "the orb teaches: learning, not held")
  t.walk_to("wall chart"); t.press("confirm"); t.advance()
  t.expect(t.exercise().kind == "order", "the wall chart asks for the journey in order")
  t.expect(not t.solve(false), "out of order on purpose")
  t.expect(t.exercise() and t.exercise().kind == "sort", "the chart's second question")
  t.expect(not t.solve(false), "sorted wrong on purpose too")
  t.expect(t.learning("iot_basics"), "two misses: still learning")
  t.expect(not pcall(t.walk_to, "Kwame"), "the bench room's gate stays shut")
  t.walk_to("wall chart"); t.press("confirm"); t.advance()
  t.expect(t.exercise(), "the chart asks again (another item of the skill, after a miss)")
  t.expect(t.solve(), "right this time")
  t.expect(t.has_skill("iot_basics"), "now held")
  while t.exercise() do t.solve() end
  t.walk_to("Kwame")
end)

test("the bench refuses what the hardware would, and burns a pin on 5 V", function(t)
  t.load("01_potting_bench.lua")
  t.advance()
  to_bench_room(t)
  t.expect(not wire(t, "RPi.GPIO", "library slot"), "RPi.GPIO does not drive the Pi 5")
  put_down(t)
  t.expect(not wire(t, "reed switch", "GPIO17"), "no library yet: the pin refuses")
  put_down(t)
  t.expect(wire(t, "gpiozero", "library slot"), "gpiozero goes in")
  t.expect(not wire(t, "soil probe", "GPIO17"), "GPIO is digital")
  put_down(t)
  t.expect(not wire(t, "HC-SR04 echo", "GPIO24"), "5 V straight in is refused")
  put_down(t)
  t.expect(t.error() == nil, "no script errors")
end)

test("the whole level can be played to the exit", function(t)
  t.load("01_potting_bench.lua")
  t.advance()
  to_bench_room(t)
  t.walk_to("Kwame"); t.press("confirm"); t.advance()
  t.expect(t.exercise().id == "iot_pi_1", "Kwame asks which computer goes in the shed")
  t.expect(t.solve(), "a Raspberry Pi")
  t.walk_to("pi orb"); t.advance()
  t.expect(t.has_skill("raspberry_pi"), "answered, then taught: Raspberry Pi held")
  t.walk_to("gpio orb"); t.advance()
  t.expect(t.learning("gpio"), "GPIO being learned")
  t.walk_to("bench notes"); t.press("confirm"); t.advance()
  t.expect(t.solve(), "an ADC for the analog probe")
  t.expect(t.solve(), "a venv, and the paho-mqtt package")
  for _, w in ipairs({ { "gpiozero", "library slot" }, { "reed switch", "GPIO17" },
                       { "MCP3008", "SPI pins" }, { "soil probe", "ADC CH0" },
                       { "divider", "breadboard" }, { "HC-SR04 echo", "GPIO24" } }) do
    t.expect(wire(t, w[1], w[2]), w[1] .. " on " .. w[2])
  end
  t.wait(20); t.advance()
  t.walk_to("greenhouse door"); t.press("confirm")
  t.expect(t.label("greenhouse door") == "Door: open", "the door opens: the switch notices")
  t.walk_to("fan script"); t.press("confirm"); t.advance()
  t.expect(t.exercise().kind == "code", "the fan script")
  t.expect(t.solve(), "when_pressed = opened, not opened()")
  t.expect(t.solve(), "Button(17, pull_up=True)")
  t.expect(t.has_skill("gpio"), "GPIO held")
  t.expect(t.goals_met(), "every goal is done")
  t.walk_to("exit")
  t.expect(t.complete(), "the exit ends the level")
  t.expect(t.error() == nil, "no script errors")
end)
