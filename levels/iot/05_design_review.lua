-- levels/iot/05_design_review.lua: the Internet of Things quest, level 5,
-- its design review. The player is the engineer now: a start-up will sell
-- the glasshouse as Verdant, a hub in each of 10,000 farms on 4G links,
-- reporting to a cloud broker and updated over the air. The player decides
-- identity, transport, reconnects and updates on the review wall, plays
-- three incidents against the design (lib/fleet.lua), and earns the two
-- engineer-side skills: IoT security (Nadia) and over-the-air updates
-- (Sione), each held only by answering its scenario.
-- Play order: Nadia (IoT security, her scenario) -> the review wall: four
-- slots, eight options, the incident lever -> the TLS config, the ACL, the
-- law notice -> Sione (OTA updates, his scenario) -> the rollout plan, the
-- signing note, the canary board -> exit.
-- Facts (UK PSTI 2024, EU CRA dates, Mosquitto ACL patterns, paho-mqtt
-- tls_set, Raspberry Pi tryboot): FACTS.md.

local function fleet()
  return sq.module("fleet")
end

local function refresh()
  return sq.module("refresh")
end

local right = {}

return {
  format = 1,
  id = "iot.design_review",
  quest = "iot",
  title = "Design Review: Verdant",
  brief = "You are the engineer now. Verdant will put a glasshouse hub in 10,000 farms on 4G. Decide "
    .. "how the fleet connects and updates, and what fails. Talk to Nadia first; {hint} gives a hint.",
  music = "music_hub",
  -- The broker and QoS come from level 4 (Nadia teaches them again, with
  -- what they build on, to anyone who comes without them).
  requires = { "iot_basics", "mqtt", "mqtt_broker" },

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
    decision = {
      sprite = "slot", solid = true,
      on_spawn = function(self) sq.set_label(self.id, self.props.label, true) end,
      on_place = function(self, token) return fleet().place(self, token) end,
      on_take = function(self, token) fleet().take(self, token) end,
      on_interact = function(self) sq.say(self.props.label, self.props.text) end,
    },
    lever = {
      sprite = "lever_0", solid = true,
      on_spawn = function(self) sq.set_label(self.id, "incidents", true) end,
      on_interact = function(self) sq.say("Nadia", fleet().incidents(self)) end,
    },
    marker = { hidden = true },
  },

  map = {
    theme = "iot",
    legend = {
      M = { type = "mentor", name = "Nadia", dialogue = "nadia", look = "nadia", facing = "down" },
      S = { type = "mentor", name = "Sione", dialogue = "sione", look = "sione", facing = "down" },
      X = { type = "lever", name = "incident lever" },
      i = { type = "decision", name = "identity slot", decision = "identity", label = "Identity",
            text = "How does each hub prove to the broker who it is?" },
      n = { type = "decision", name = "transport slot", decision = "transport", label = "Transport",
            text = "How does a hub's traffic cross the 4G network?" },
      r = { type = "decision", name = "reconnect slot", decision = "reconnect", label = "Reconnect",
            text = "What does a hub do when its link comes back?" },
      u = { type = "decision", name = "updates slot", decision = "updates", label = "Updates",
            text = "How does new firmware reach 10,000 hubs?" },
      a = { type = "token", name = "shared password", option = "shared", short = "shared password",
            label = "shared\npassword", sprite = "token_card_blue" },
      b = { type = "token", name = "device cert", option = "cert", short = "per-device cert",
            label = "per-device\ncertificate", sprite = "token_card_blue" },
      c = { type = "token", name = "port 1883", option = "plain", short = "MQTT on 1883",
            label = "MQTT\n1883", sprite = "token_card_blue" },
      d = { type = "token", name = "port 8883", option = "tls", short = "MQTT/TLS 8883",
            label = "MQTT/TLS\n8883", sprite = "token_card_blue" },
      e = { type = "token", name = "retry at once", option = "now", short = "retry at once",
            label = "retry\nat once", sprite = "token_card_blue" },
      f = { type = "token", name = "backoff", option = "jitter", short = "backoff + jitter",
            label = "backoff\n+ jitter", sprite = "token_card_blue" },
      g = { type = "token", name = "overwrite", option = "overwrite", short = "overwrite, all",
            label = "overwrite,\nall at once", sprite = "token_card_blue" },
      h = { type = "token", name = "A/B canary", option = "ab", short = "A/B + canary",
            label = "A/B slots\n+ canary", sprite = "token_card_blue" },
      T = { type = "terminal", name = "tls config", speaker = "hub_connect.py",
            text = "Each hub gets a key pair and a certificate signed by Verdant's CA when it is made.",
            quiz = "iot_sec_2" },
      A = { type = "terminal", name = "acl file", speaker = "mosquitto acl_file",
            text = "pattern write farms/%c/telemetry ... pattern read farms/%c/commands",
            quiz = "iot_sec_3" },
      P = { type = "terminal", name = "law notice", speaker = "Legal",
            text = "Verdant sells hubs to UK and EU farms: what does the law already ask of us?",
            quiz = "iot_sec_4" },
      R = { type = "terminal", name = "rollout plan", speaker = "Rollout plan: firmware 2.4",
            text = "10,000 hubs. Nobody drives out unless a hub is really dead.",
            quiz = "iot_ota_1", more = "iot_ota_4" },
      G = { type = "terminal", name = "signing note", speaker = "CI pipeline",
            text = "Images are built in CI and served from a storage bucket over HTTPS.",
            quiz = "iot_ota_3" },
      W = { type = "marker", name = "fleet approved" },
      k = { type = "prop", sprite = "iot_bed" },
      y = { type = "prop", sprite = "iot_sensor" },
      o = { type = "prop", sprite = "iot_pi_bench" },
      q = { type = "prop", sprite = "iot_spool" },
      w = { type = "prop", sprite = "architect_whiteboard" },
    },
    rows = {
      "####################E###################",
      "#W....w....w....w....w.................#",
      "#......................................#",
      "#....Mi....n....r....u......k.k.k.k.k..#",
      "#......................................#",
      "#......................................#",
      "#...............X...........k.k.k.k.k..#",
      "#......................................#",
      "#......................................#",
      "#..a.....b.....c.....d......k.k.k.k.k..#",
      "#y.....................................#",
      "#......................................#",
      "#......................................#",
      "#..e.....f.....g.....h...R.......S...G.#",
      "#......................................#",
      "#...@..................................#",
      "#o........................T...A...P...q#",
      "########################################",
    },
  },

  dialogue = {
    nadia = {
      { "Dr. Nadia Haddad, principal IoT architect", "You built the glasshouse. Now a start-up wants "
        .. "to sell it as Verdant: one hub in each of 10,000 farms, on 4G, for ten years." },
      "I plan for the 10,000th device, not the first. Links drop, cards get stolen, firmware has "
        .. "bugs, and every site visit costs a day. So: four decisions on the wall.",
      "Put one option on each slot, then pull the incident lever: three incidents I have seen in real "
        .. "fleets. The panel shows what your design costs. Change your mind as often as you like.",
      "You are the engineer here: IoT security is yours to earn. First, the question that matters most:",
    },
    sione = {
      { "Sione Taufa, field technician", "I drive out when a hub dies. Ten thousand hubs, and some "
        .. "farms are five hours from the nearest road I like." },
      "Over-the-air updates are how we fix them without me. Or how we break them all at once. "
        .. "Here is what worries me:",
    },
    sione_wait = {
      { "Sione Taufa, field technician", "Nadia first: nobody ships updates to a fleet whose "
        .. "security is not settled. Signed images need keys someone looks after." },
    },
  },

  exercises = {
    iot_sec_1 = {
      kind = "choice", skill = "iot_security", scenario = true,
      prompt = "10,000 Verdant hubs will connect to your broker. How should each one authenticate?",
      choices = {
        { "Its own X.509 client certificate, made at provisioning and revocable alone", right = true,
          why = "One stolen hub exposes one identity, and you revoke just that one." },
        { "One shared password baked into the image",
          why = "One leaked image exposes the whole fleet, and no device can be revoked alone." },
        { "No client auth, since TLS encrypts the link",
          why = "TLS hides the traffic, but without client auth anyone may connect and publish." },
        { "Its serial number as the password",
          why = "Serial numbers are printed on boxes: not secret at all." },
      },
      explain = "Per-device identity limits the blast radius. Pair it with broker ACLs, so a hub may publish only under its own topics.",
    },
    iot_sec_2 = {
      kind = "fill", skill = "iot_security", language = "python",
      prompt = "Connect hub-0042 with mutual TLS: check the broker against your CA and prove the hub's own identity.",
      code = [==[
client = mqtt.Client(CallbackAPIVersion.VERSION2,
                     client_id="hub-0042")
client.tls_set(ca_certs="/etc/verdant/ca.pem",
               certfile="/etc/verdant/{1}",
               keyfile="/etc/verdant/hub.key")
client.connect("mqtt.verdant.example", {2})
]==],
      blanks = {
        { options = { "hub.crt", "ca.key" }, answer = 1,
          why = {
            "The hub's own certificate, signed by your CA: its identity.",
            "The CA's private key must never leave the CA; with it a device could mint identities.",
          } },
        { options = { "8883", "1883" }, answer = 1,
          why = {
            "8883 is the registered port for MQTT over TLS.",
            "1883 is plain MQTT; a TLS handshake there fails.",
          } },
      },
      explain = "tls_set() turns TLS on and checks the broker's certificate against ca_certs; certfile and keyfile prove the client's identity. Never call tls_insecure_set(True) outside a lab.",
    },
    iot_sec_3 = {
      kind = "sort", skill = "iot_security",
      prompt = "Broker ACL for the device hub-0042: allow or deny each request?",
      bins = { "Allow", "Deny" },
      items = {
        { "Publish farms/hub-0042/telemetry", bin = 1, why = "Its own readings." },
        { "Subscribe farms/hub-0042/commands", bin = 1, why = "Its own command topic." },
        { "Publish farms/hub-0043/telemetry", bin = 2, why = "Another device's topic: that is spoofing." },
        { "Subscribe farms/#", bin = 2, why = "It would read the whole fleet's data." },
        { "Publish farms/hub-0042/commands", bin = 2, why = "Devices receive commands; only the backend sends them." },
        { "Subscribe $SYS/#", bin = 2, why = "Broker internals are for operators, not devices." },
      },
      explain = "Least privilege per device. Mosquitto ACL patterns such as 'pattern write farms/%c/telemetry', where %c is the client id, cover every device with one rule.",
    },
    iot_sec_4 = {
      kind = "choice", skill = "iot_security",
      prompt = "Which of these has UK law required for consumer connected products since 29 April 2024? Pick all that apply.",
      choices = {
        { "No universal default passwords", right = true,
          why = "Passwords must be unique per device or set by the user." },
        { "A published way to report security issues", right = true,
          why = "Makers must say how to report problems and when you will hear back." },
        { "A stated minimum period of security updates", right = true,
          why = "Buyers must be told how long updates will come." },
        { "End-to-end encryption of all data",
          why = "Good practice, but not one of the three requirements." },
      },
      explain = "These are the UK's PSTI rules. In the EU, the Cyber Resilience Act adds reporting of exploited vulnerabilities from September 2026 and full requirements from December 2027.",
    },
    iot_ota_1 = {
      kind = "order", skill = "ota_updates",
      prompt = "Roll out firmware 2.4 to 10,000 hubs. Put the steps in order.",
      items = {
        "Build and sign the image in CI",
        "Soak-test it on lab hubs",
        "Canary: 1% of the fleet, watch health",
        "Widen in stages: 10%, 50%, then 100%",
        "Retire the fallback once 2.4 is healthy",
      },
      explain = "A staged rollout turns a bad release into a small incident. Define the health gates before you start, and stop automatically when they trip.",
    },
    iot_ota_2 = {
      kind = "choice", skill = "ota_updates", scenario = true,
      prompt = "If the power fails mid-update, today's updater bricks hubs 300 km away. Which design prevents that?",
      choices = {
        { "A/B slots: write the idle slot, boot it on trial, fall back if it fails", right = true,
          why = "The running system is never overwritten. The Pi's tryboot flag gives exactly this one-time trial boot." },
        { "Overwrite the running image, but quickly",
          why = "A power cut during the write still leaves half an image." },
        { "Ask farmers to keep a spare SD card",
          why = "Phone calls and site visits cost far more than a second partition." },
        { "Only update at night",
          why = "Power fails at night too; timing does not make a write atomic." },
      },
      explain = "Tools such as Mender, RAUC and SWUpdate implement A/B updates with automatic rollback for embedded Linux.",
    },
    iot_ota_3 = {
      kind = "choice", skill = "ota_updates",
      prompt = "Hubs download updates over TLS. Why must they also check a signature on each image?",
      choices = {
        { "TLS protects the download; a signature proves your build made the image", right = true,
          why = "A hacked bucket or mirror can serve malware over perfectly valid TLS." },
        { "TLS cannot carry large files",
          why = "It can; size is not the issue." },
        { "Signatures make downloads faster",
          why = "They add a check; they save no time." },
      },
      explain = "Sign in CI with a key kept in an HSM or KMS; devices hold only the public key. Also refuse older versions, so no one can reinstall a known-vulnerable build.",
    },
    iot_ota_4 = {
      kind = "sort", skill = "ota_updates",
      prompt = "The 1% canary runs firmware 2.4. Which signals should pause the rollout?",
      bins = { "Pause", "Not a gate" },
      items = {
        { "2.4 hubs reconnect five times as often", bin = 1, why = "Worse than the rest of the fleet on the same networks." },
        { "Sensor gaps rise on 2.4 hubs only", bin = 1, why = "The new firmware is losing data." },
        { "Hubs reboot into the fallback slot", bin = 1, why = "The trial boot is failing." },
        { "One farm is offline, on all versions", bin = 2, why = "It hits old and new firmware alike: not the release." },
        { "CPU use 2% higher, within budget", bin = 2, why = "Measured and acceptable." },
      },
      explain = "Compare the canary cohort with the rest of the fleet, so events outside your release neither stop a good one nor hide a bad one.",
    },
  },

  hints = {
    "Nadia stands near the start: walk next to her and press {confirm}.",
    "One token on each of the four slots, then the incident lever. The panel says what each incident cost.",
    "Each incident that goes red names the decision behind it: change that token and pull again.",
    "Sione gives you over-the-air updates once you hold IoT security.",
  },

  goals = {
    { talk = "Nadia", text = "Talk to Nadia",
      hint = "Nadia stands just above where you start: press {confirm} next to her." },
    { collect = "iot_security", text = "Earn IoT security",
      hint = "Answer Nadia's question: how should 10,000 hubs authenticate?" },
    { reach = "fleet approved", text = "Pass the three incidents",
      hint = "Fill the four slots on the wall, then pull the incident lever." },
    { answer = "iot_sec_2", text = "Write the hub's TLS connection",
      hint = "The TLS config terminal: which file proves the hub's identity, and which port?" },
    { collect = "ota_updates", text = "Earn over-the-air updates",
      hint = "Talk to Sione once you hold IoT security, and answer his question." },
    { answer = "iot_ota_1", text = "Order the rollout plan",
      hint = "The rollout plan terminal: from the signed build to the whole fleet." },
  },

  grants = { xp = 100 },

  on_start = function()
    fleet().panel()
  end,

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_interact = function(e)
    if e.name == "Nadia" then
      if refresh().start({ { "iot_basics", "iot_basics_3" }, { "mqtt", "iot_mqtt_5" },
                           { "mqtt_broker", "iot_broker_7" } }) then
        return
      end
      sq.grant("iot_security")
      if not right.iot_sec_1 then sq.ask("iot_sec_1") end
    elseif e.name == "Sione" then
      if not sq.has_skill("iot_security") then
        sq.dialogue("sione_wait")
        return
      end
      sq.grant("ota_updates")
      if not right.iot_ota_2 then sq.ask("iot_ota_2") end
    end
  end,

  on_answer = function(id, correct)
    refresh().answered()
    if correct then
      right[id] = true
      sq.xp(10)
    end
  end,
}
