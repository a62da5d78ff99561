-- levels/cybersecurity/01_rules_of_engagement.lua: the Cybersecurity quest,
-- level 1. Larkspur, an online shop, has hired the red team to test its
-- staging network. Nothing is sent before the scope is signed; then the
-- player scans the doors of the red-team floor (lib/floor.lua): each door is
-- a port, its state shows above it once probed, the doors out of scope are
-- refused with the reason, and each finding proved opens the next area.
-- Play order: Elena (scope, her scenario), the scope orb, the engagement
-- checklist -> gate (scope held) -> the scan floor: Yusuf, the Nmap orb, the
-- scan notes, the doors (6379 is the finding) -> bench gate -> Kenji, the
-- Scapy orb, the packet bench, door 5432 (the finding) -> exit gate -> exit.
-- Facts (Nmap reference guide: port states, options; Scapy sr1): FACTS.md.

local function floor()
  return sq.module("floor")
end

local asks = { Elena = { "cy_scope_1" } }
local right = {}

return {
  format = 1,
  id = "cybersecurity.rules_of_engagement",
  quest = "cybersecurity",
  title = "Rules of Engagement",
  brief = "Larkspur hired your red team to test its staging network. Not one packet before the "
    .. "scope is signed. Talk to Elena first; {hint} gives a hint.",
  music = "cybersecurity_floor",

  behaviours = {
    terminal = {
      sprite = "terminal", frames = 2, rate = 40, size = { 14, 12 }, offset = { -1, -4 }, solid = true,
      props = { quiz = "the exercise", more = "a second exercise", text = "what it shows",
                speaker = "who speaks" },
      on_interact = function(self)
        if self.props.text then sq.say(self.props.speaker or "Terminal", self.props.text) end
        sq.ask({ self.props.quiz, self.props.more }, self.name)
      end,
    },
    door = {
      sprite = "door_locked", solid = true,
      props = { host = "the address", port = "the port", state = "what a probe finds",
                scope = "in or out", note = "what the probe shows", why = "why it is out of scope",
                finding = "the exercise that proves the finding", opens = "the area gate it opens",
                speaker = "who reports the probe", tag = "the short address shown above it",
                full = "the full address, for the scan panel" },
      on_spawn = function(self) floor().door_spawn(self) end,
      on_interact = function(self) floor().probe(self) end,
    },
    area = {
      sprite = "gate_closed", solid = true,
      props = { text = "what it says while closed" },
      on_spawn = function(self) floor().area_spawn(self) end,
      on_interact = function(self) sq.say("Area gate", self.props.text) end,
    },
  },

  map = {
    theme = "security",
    legend = {
      M = { type = "mentor", name = "Elena", dialogue = "elena", look = "elena", facing = "down" },
      Y = { type = "mentor", name = "Yusuf", dialogue = "yusuf", look = "yusuf", facing = "down" },
      K = { type = "mentor", name = "Kenji", dialogue = "kenji", look = "kenji", facing = "down" },
      ["1"] = { type = "skill", name = "scope orb", skill = "pentest_scope" },
      ["2"] = { type = "skill", name = "nmap orb", skill = "nmap" },
      ["3"] = { type = "skill", name = "scapy orb", skill = "scapy" },
      T = { type = "terminal", name = "engagement checklist", speaker = "Rules of engagement",
            text = "Larkspur staging test. Signed by Elena Marsh, CISO, for the system owner.",
            quiz = "cy_scope_order" },
      N = { type = "terminal", name = "scan notes", speaker = "nmap -sS 10.0.5.0/24",
            text = "Each probe is a SYN. What comes back says the port's state.",
            quiz = "cy_nmap_1" },
      W = { type = "terminal", name = "packet bench", speaker = "probe.py",
            text = "Nmap said filtered. Kenji wants a hand-made SYN to be sure.",
            quiz = "cy_scapy_1" },
      S = { type = "sign", name = "scope placard", speaker = "Scope (signed)", sprite = "security_placard",
            text = "IN: 10.0.5.0/24 except the gateway 10.0.5.1. OUT: everything else, including "
              .. "the payment vendor 10.0.9.0/24. Window: 09:00-17:00 UTC. No denial of service." },
      s = { type = "sign", name = "lobby placard", speaker = "Scope (signed)", sprite = "security_placard",
            text = "Green lamps and carpet: in scope. Red lamps: out of scope. Ask before you touch." },
      G = { type = "gate", name = "floor gate", requires = "pentest_scope" },
      H = { type = "area", name = "bench gate",
            text = "Opens when a finding on the scan floor is proved. Probe the doors in scope." },
      Z = { type = "area", name = "exit gate",
            text = "Opens when the finding at the packet bench is proved." },
      a = { type = "door", name = "door 22", tile = "wall", tag = "22", full = "10.0.5.10:22", host = "10.0.5.10", port = "22", state = "open",
            scope = "in", speaker = "nmap",
            note = "22/tcp open ssh. A SYN/ACK came back: OpenSSH listens. Larkspur uses key-only "
              .. "logins here, as the scope notes say: expected, nothing to report." },
      b = { type = "door", name = "door 80", tile = "wall", tag = "80", full = "10.0.5.10:80", host = "10.0.5.10", port = "80", state = "closed",
            scope = "in", speaker = "nmap",
            note = "80/tcp closed. A RST came back: the host is up and reachable, but nothing listens on 80." },
      c = { type = "door", name = "door 3306", tile = "wall", tag = "3306", full = "10.0.5.20:3306", host = "10.0.5.20", port = "3306",
            state = "filtered", scope = "in", speaker = "nmap",
            note = "3306/tcp filtered. No answer, even to a retry: a firewall drops the probe, so Nmap "
              .. "cannot tell whether MySQL is behind it." },
      d = { type = "door", name = "door 6379", tile = "wall", tag = "6379", full = "10.0.5.20:6379", host = "10.0.5.20", port = "6379",
            state = "open", scope = "in", speaker = "nmap", finding = "cy_nmap_finding", opens = "bench gate",
            note = "6379/tcp open redis. A datastore answers from the network. Is this the one to follow up?" },
      e = { type = "door", name = "door 443 vendor", tile = "wall", tag = "10.0.9.14", full = "10.0.9.14:443", host = "10.0.9.14", port = "443",
            state = "open", scope = "out",
            why = "10.0.9.14 is the payment vendor's. Only the vendor can permit a test of it: tell Elena, "
              .. "and leave it alone." },
      f = { type = "door", name = "door 5432", tile = "wall", tag = "5432", full = "10.0.5.20:5432", host = "10.0.5.20", port = "5432",
            state = "filtered", scope = "in", speaker = "nmap", finding = "cy_scapy_2", opens = "exit gate",
            note = "5432/tcp filtered, says Nmap. Kenji's probe.py should confirm it; but it says closed. "
              .. "Find the bug before the report says the wrong thing." },
      h = { type = "door", name = "door 22 gateway", tile = "wall", tag = "10.0.5.1", full = "10.0.5.1:22", host = "10.0.5.1", port = "22",
            state = "open", scope = "out",
            why = "10.0.5.1 is inside 10.0.5.0/24, but the scope names it as excluded: the gateway "
              .. "carries production traffic. Exclusions win." },
      g = { type = "prop", tile = "wall", sprite = "lamp_green" },
      r = { type = "prop", tile = "wall", sprite = "lamp_red" },
      k = { type = "prop", sprite = "security_monitors" },
      m = { type = "prop", sprite = "security_monitors" },
      q = { type = "prop", sprite = "security_beacon" },
      l = { type = "prop", sprite = "security_laptop_desk" },
      w = { type = "prop", sprite = "security_placard" },
    },
    rows = {
      "                                                ",
      "                                                ",
      "##############a#g#b#g#c#g#d#g##er####f#g##hr#E##",
      "#...........#,,,,,,,,,,,,,,,,.....#,,,,,.....Z.#",
      "#.........P.#,,,,,,,,,,,,,,,,.....#,,,,,.......#",
      "#.....@.....#.....................#............#",
      "#...........#.....................#............#",
      "#..s........#..................S..#............#",
      "#...........#.....................#..W.........#",
      "#w..........G.....................H............#",
      "#........T..#..........N..........#........3...#",
      "#...........#.....................#............#",
      "#.....M.....#.....Y...............#...K........#",
      "#.1.........#..............2......#...........q#",
      "#...........#.....................#............#",
      "#.BB.....k..#.RR....w...q......m..#.l...k.....P#",
      "################################################",
    },
  },

  dialogue = {
    elena = {
      { "Elena Marsh, CISO at Larkspur", "Welcome to Larkspur. You may test our staging network, "
        .. "10.0.5.0/24, from nine to five, and nothing else. It is all in the letter I signed." },
      "Not the gateway at 10.0.5.1: production runs through it. Not our payment vendor at "
        .. "10.0.9.0/24: that is their network, and only they could allow it.",
      "A test without written permission from the owner is an attack, and the law treats it as one. "
        .. "The scope orb is by the shelves. First, a question from real life:",
    },
    yusuf = {
      { "Yusuf Demir, red-team lead", "The scan floor. Each door is a port on a staging host; "
        .. "{confirm} at a door sends it a SYN, as nmap -sS would, and its state shows above it." },
      "Open: a service answered. Closed: the host said no with a RST. Filtered: silence, a firewall "
        .. "ate the probe. Nmap also says unfiltered, open|filtered or closed|filtered when it cannot tell.",
      "Green lamps are in scope, red are not: the tool refuses those, and so would I. Take the Nmap "
        .. "orb, read the scan notes, then probe. One door hides a finding: prove it to open the bench.",
    },
    kenji = {
      { "Kenji Sato, network tester", "Nmap is a program. When I need one packet made my way, I use "
        .. "Scapy, a Python library: IP(dst=...)/TCP(dport=..., flags=\"S\") is a SYN, layer on layer." },
      "sr1() sends it and gives back the first answer, or None after the timeout. Raw packets "
        .. "need root. Same scope as any scan: Scapy does not ask whose host it is, so you must.",
      "My probe.py reads port 5432 wrong. Take the Scapy orb, try the packet bench, then probe "
        .. "door 5432 and find the line.",
    },
  },

  exercises = {
    cy_scope_order = {
      kind = "order", skill = "pentest_scope",
      prompt = "A client asks your team to test its staging network. Put the steps in order, from "
        .. "the first conversation to the last.",
      items = {
        { "Agree the scope: hosts, apps, techniques, dates", why = "Nobody can sign what is not written down yet." },
        { "The system owner signs the rules of engagement", why = "Written permission from someone who may give it." },
        { "Agree emergency contacts and a stop word", why = "If staging falls over, someone must be reachable before testing starts." },
        { "Test inside the scope and the time window", why = "Only now does the first packet go out." },
        { "Report the findings privately to the owner", why = "Findings go to the client, not to the world." },
      },
      explain = "Scope, signature, contacts, test, report. Permission comes before the first packet, "
        .. "and it covers only what the scope names.",
    },
    cy_scope_1 = {
      kind = "choice", skill = "pentest_scope", scenario = true,
      prompt = "Mid-test, a staging page loads scripts from 10.0.9.14, the payment vendor's server, "
        .. "which looks out of date. It is not in your scope. What do you do?",
      choices = {
        { "Note it, stop there, and tell the client; test it only if the vendor extends the scope in writing",
          right = true, why = "The vendor owns that server; only the vendor can permit a test of it." },
        { "Scan it quickly: it is linked from an in-scope page",
          why = "A link does not move ownership. Scanning it is unauthorised access." },
        { "Scan it slowly so nobody notices",
          why = "Quiet or loud, it is still a test without permission." },
        { "Ignore it: out of scope means out of the report",
          why = "You may not test it, but the client should hear about a risk you saw." },
      },
      explain = "The scope protects you as much as the client: outside it, report what you saw and ask, "
        .. "never probe.",
    },
    cy_nmap_1 = {
      kind = "sort", skill = "nmap",
      prompt = "Your SYN scan sent one probe to each port. Sort what came back into the state Nmap reports.",
      bins = { "open", "closed", "filtered" },
      items = {
        { "A SYN/ACK", bin = 1, why = "Something listens and accepts the handshake." },
        { "A RST", bin = 2, why = "The host is reachable and says nothing listens there." },
        { "Nothing, even after a retransmission", bin = 3, why = "Silence: a firewall probably drops it." },
        { "ICMP unreachable, admin prohibited", bin = 3, why = "A filter answered for the port: Nmap calls it filtered." },
        { "Connection refused, on a connect scan (-sT)", bin = 2, why = "Refused is the RST seen through the OS." },
        { "A full handshake, on a connect scan (-sT)", bin = 1, why = "The connection was made: a service is there." },
      },
      explain = "Open answers, closed refuses, filtered stays silent or is blocked. Nmap's other states "
        .. "(unfiltered, open|filtered, closed|filtered) mean the scan type could not tell.",
    },
    cy_nmap_finding = {
      kind = "choice", skill = "nmap", scenario = true,
      prompt = "Nmap on 10.0.5.20: 22/tcp open ssh, 80/tcp closed, 3306/tcp filtered, 6379/tcp open "
        .. "redis. Which port do you follow up first, and why?",
      choices = {
        { "6379: an internal datastore answers from the network", right = true,
          why = "Redis was built for trusted networks; check (in scope) whether it asks for a password." },
        { "80: a closed port hides something",
          why = "Closed means the host answered that nothing listens there: nothing to test." },
        { "3306: filtered means MySQL is exposed",
          why = "Filtered means a firewall drops probes: that is the control working." },
        { "22: SSH is always the weak point",
          why = "SSH with key-only logins is expected on a server; it is not the odd one out." },
      },
      explain = "Follow what should not be reachable. An open datastore port is the classic finding: "
        .. "note what you saw, test it within scope, and report it.",
    },
    cy_scapy_1 = {
      kind = "fill", skill = "scapy", language = "python",
      prompt = "Send one SYN to port 5432 with Scapy and keep the first answer.",
      code = [==[
from scapy.all import IP, TCP, sr1

syn = IP(dst="10.0.5.20")/TCP(dport=5432, flags="{1}")
reply = {2}(syn, timeout=2, verbose=0)
]==],
      blanks = {
        { options = { "S", "SA", "R" }, answer = 1,
          why = { "S alone is the SYN that opens a handshake.",
                  "SYN/ACK is what an open port answers with, not what a client sends.",
                  "A RST tears connections down; it asks nothing." } },
        { options = { "sr1", "send", "sniff" }, answer = 1,
          why = { "sr1 sends at layer 3 and returns the first answer, or None.",
                  "send() only sends: it returns no answer to read.",
                  "sniff() only listens; it sends nothing." } },
      },
      explain = "Scapy stacks layers with /: IP() then TCP(). sr1() sends and waits for one answer; "
        .. "timeout keeps it from waiting forever.",
    },
    cy_scapy_2 = {
      kind = "code", skill = "scapy", language = "python",
      prompt = "Nmap says 5432 is filtered; this probe says closed. Which line is wrong?",
      code = [==[
from scapy.all import IP, TCP, sr1

def syn_probe(host, port):
    syn = IP(dst=host) / TCP(dport=port, flags="S")
    reply = sr1(syn, timeout=2, verbose=0)
    if reply is None:
        return "closed"
    if reply.haslayer(TCP) and reply[TCP].flags == "SA":
        return "open"
    if reply.haslayer(TCP) and reply[TCP].flags.R:
        return "closed"
    return "filtered"
]==],
      answer = 7,
      why = {
        [7] = "No answer at all is silence, which is filtered, not closed: return \"filtered\".",
        [5] = "sr1 with a timeout is right; it returns None when nothing answers.",
        [10] = "A RST means closed: this line is right.",
      },
      explain = "Closed needs a RST from the host; silence means something dropped the probe. A "
        .. "report that says closed for filtered tells the client the wrong thing about its firewall.",
    },
  },

  hints = {
    "Elena stands in the lobby: walk next to her and press {confirm}.",
    "The floor gate opens once you hold Scope and permission: the orb, then an answer.",
    "Probe the doors on the scan floor with {confirm}. Red lamps are out of scope.",
    "Door 6379 hides the finding. Prove it to open the bench gate.",
    "At the bench: Kenji, the Scapy orb, the packet bench, then door 5432.",
  },

  goals = {
    { talk = "Elena", text = "Talk to Elena",
      hint = "Elena stands in the lobby, {where:Elena}." },
    { collect = "pentest_scope", text = "Hold Scope and permission",
      hint = "Take the scope orb, then answer Elena or the engagement checklist." },
    { collect = "nmap", text = "Hold Nmap",
      hint = "Through the floor gate: the Nmap orb, then the scan notes." },
    { answer = "cy_nmap_finding", text = "Prove the finding on the scan floor",
      hint = "Probe the doors in scope: one of them is a datastore." },
    { collect = "scapy", text = "Hold Scapy",
      hint = "Through the bench gate: the Scapy orb, then the packet bench." },
    { answer = "cy_scapy_2", text = "Fix the probe at door 5432",
      hint = "Probe door 5432 and find the line that reads silence wrong." },
  },

  grants = { xp = 60 },

  on_start = function()
    floor().setup({ title = "nmap -sS 10.0.5.0/24", scope = "10.0.5.0/24, not .1", findings = 2 })
  end,

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_interact = function(e)
    local list = {}
    for _, id in ipairs(asks[e.name] or {}) do
      if not right[id] then list[#list + 1] = id end
    end
    if #list > 0 then sq.ask(list, e.name) end
  end,

  on_answer = function(id, correct)
    if correct then
      right[id] = true
      sq.xp(10)
    end
    if floor().answered(id, correct) then
      sq.xp(20)
      sq.say("Yusuf", "Finding proved: the next area is open. Write down what you saw, where, and how.")
    end
  end,
}
