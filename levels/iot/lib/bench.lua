-- levels/iot/lib/bench.lua: the potting bench of level 1, where the player
-- wires sensors to a Raspberry Pi 5 as the hardware allows. Every part is a
-- token carried to a slot (a pin, a bus, the breadboard); a slot that cannot
-- take a part refuses it and says why in one line, as the hardware would:
--   * the Pi 5 needs a GPIO library that drives its RP1 I/O chip: gpiozero
--     (through lgpio) does, RPi.GPIO does not;
--   * GPIO pins are digital: an analog soil probe needs an ADC (an MCP3008
--     on the SPI bus) and one of its channels;
--   * GPIO pins take 3.3 V: the HC-SR04's 5 V echo needs a voltage divider
--     first, and wiring it straight in burns the pin (counted on the panel).
-- The readout panel shows what the Pi reads; the greenhouse door switches
-- the reed switch. sq.goal("bench wired") once the three sensors read.
local M = {}

-- What sits where, by the slot's `pin` prop: the token's `part`.
local wired = {}
local rewarded = {} -- pins that earned their XP once
local door_open = false
local burnt = 0
local done = false

local NAMES = {
  rpigpio = "RPi.GPIO", gpiozero = "gpiozero", reed = "reed switch", soil = "soil probe",
  adc = "MCP3008", echo = "HC-SR04 echo", divider = "voltage divider",
}

local function line(pin, text_wired, text_not)
  return wired[pin] and text_wired or text_not
end

function M.panel()
  local soil = wired.ch0 == "soil" and wired.spi == "adc"
  sq.panel{
    title = "Pi 5 on the bench",
    wired.library == "gpiozero" and "Library: gpiozero" or "Library: none yet",
    line("gpio17", door_open and "GPIO17 door: OPEN" or "GPIO17 door: shut", "GPIO17 door: -"),
    soil and "CH0 soil: 0.41, damp" or "CH0 soil: -",
    line("gpio24", "GPIO24 water: 0.62 m", "GPIO24 water: -"),
    { "Pins burnt: " .. burnt, tone = burnt > 0 and "bad" or nil },
  }
end

local function check_done()
  if done then return end
  if wired.library == "gpiozero" and wired.gpio17 == "reed" and wired.spi == "adc"
      and wired.ch0 == "soil" and wired.gpio24 == "echo" then
    done = true
    sq.goal("bench wired")
    sq.xp(20)
    sq.say("Kwame", "All three read! The door switch on GPIO17, the soil probe through the ADC, "
      .. "and the distance sensor through its divider. That is a Pi that can feel its greenhouse.")
  end
end

function M.wired()
  return done
end

-- on_place of every bench slot. Returns true, or false and the reason.
function M.place(slot, token)
  local pin, part = slot.props.pin, token.props.part
  if not part then return false, "That is not a part for the bench." end
  if pin == "library" then
    if part == "rpigpio" then
      return false, "RPi.GPIO cannot drive the Pi 5's RP1 I/O chip. gpiozero can, through lgpio."
    end
    if part ~= "gpiozero" then return false, "This slot takes a GPIO library: the Python code." end
  elseif part == "rpigpio" or part == "gpiozero" then
    return false, "A library is software: it goes in the Pi's library slot, not on a pin."
  elseif wired.library ~= "gpiozero" then
    return false, "The Pi has no GPIO library yet: nothing would read this pin."
  elseif pin == "gpio17" then
    if part == "soil" then return false, "GPIO is digital, high or low. An analog probe needs an ADC." end
    if part == "adc" then return false, "The MCP3008 talks SPI: it goes on the SPI pins." end
    if part == "echo" then return false, "GPIO17 is for the door switch. The echo has GPIO24." end
    if part ~= "reed" then return false, "The divider goes on the breadboard, before GPIO24." end
  elseif pin == "spi" then
    if part ~= "adc" then return false, "Only the ADC chip talks SPI here." end
  elseif pin == "ch0" then
    if wired.spi ~= "adc" then return false, "No ADC yet: put the MCP3008 on the SPI pins first." end
    if part ~= "soil" then return false, "ADC channels read analog voltages: the soil probe." end
  elseif pin == "divider" then
    if part ~= "divider" then return false, "The breadboard holds the voltage divider." end
  elseif pin == "gpio24" then
    if part ~= "echo" then return false, "GPIO24 is for the distance sensor's echo." end
    if wired.divider ~= "divider" then
      burnt = burnt + 1
      M.panel()
      sq.sound("quiz_wrong")
      return false, "Zzzt! 5 V into a 3.3 V pin: on a real Pi, GPIO24 is now dead. Divider first."
    end
  end
  wired[pin] = part
  if not rewarded[pin] then
    rewarded[pin] = true
    sq.xp(5)
  end
  M.panel()
  sq.after(0.2, check_done)
  return true
end

-- on_take: the part is lifted off again.
function M.take(slot, token)
  wired[slot.props.pin] = nil
  M.panel()
end

function M.toggle_door(door)
  door_open = not door_open
  sq.set_sprite(door.id, door_open and "door_open" or "door_locked")
  sq.set_label(door.id, door_open and "Door: open" or "Door: shut", true)
  M.panel()
  if not wired.gpio17 then
    sq.say("Greenhouse door", "The door swings, and nothing notices: no switch is wired to the Pi yet.")
  end
end

function M.name(part)
  return NAMES[part] or part
end

return M
