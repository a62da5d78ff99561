-- levels/cybersecurity/04_retest.lua: the Cybersecurity quest, level 4.
-- Larkspur has shipped its fixes; the red team comes back for the retest.
-- Kenji automates the scan with python-nmap, so it can run every night
-- inside the scope. On the red-team floor (lib/floor.lua) the old findings'
-- doors answer differently now (fixed), a new door has appeared (a Jenkins
-- server nobody noticed: the nightly script missed it), and a new subnet
-- is refused until the scope is extended in writing.
-- Play order: Kenji, the python-nmap orb, nightly_scan.py -> gate -> the
-- retest floor: Luis (a scope question), the old doors, the scan diff, door
-- 8080 (the finding) -> exit gate -> exit.
-- Facts (python-nmap PortScanner API, run here; Flask-WTF's CSRF error;
-- Nmap's service name for 8080): FACTS.md.

local function floor()
  return sq.module("floor")
end

local asks = { Kenji = { "cy_pynmap_3" }, Luis = { "cy_scope_4" } }
local right = {}

return {
  format = 1,
  id = "cybersecurity.retest",
  quest = "cybersecurity",
  title = "The Retest",
  brief = "Larkspur says every finding is fixed. Trust, but verify: the retest runs the same "
    .. "probes inside the same scope. Talk to Kenji first; {hint} gives a hint.",
  music = "cybersecurity_floor",
  requires = { "pentest_scope", "nmap" },

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
      props = { host = "the host", port = "the port or endpoint", state = "what the retest finds",
                scope = "in or out", note = "what the probe shows", why = "why it is out of scope",
                finding = "the exercise that proves the finding", opens = "the area gate it opens",
                speaker = "who reports the probe", tag = "the short name shown above it",
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
      M = { type = "mentor", name = "Kenji", dialogue = "kenji", look = "kenji", facing = "down" },
      L = { type = "mentor", name = "Luis", dialogue = "luis", look = "luis", facing = "down" },
      ["1"] = { type = "skill", name = "python-nmap orb", skill = "python_nmap" },
      T = { type = "terminal", name = "nightly_scan.py", speaker = "nightly_scan.py",
            text = "Kenji's first draft: scan the scope from Python, every night.", quiz = "cy_pynmap_1" },
      N = { type = "terminal", name = "scan diff", speaker = "Scan diff: first test vs retest",
            text = "6379 open -> filtered. 8080: not seen before -> open. Everything else as reported.",
            quiz = "cy_nmap_3" },
      S = { type = "sign", name = "scope placard", speaker = "Scope (signed, unchanged)",
            sprite = "security_placard",
            text = "IN: 10.0.5.0/24 except 10.0.5.1, and staging.shop.example. OUT: everything else. "
              .. "The retest uses the same letter: a new network needs a new signature." },
      s = { type = "sign", name = "lobby placard", speaker = "Retest plan", sprite = "security_placard",
            text = "Same scope, same probes, same evidence. Each old finding: fixed or still open. "
              .. "Anything new: a new finding." },
      G = { type = "gate", name = "floor gate", requires = "python_nmap" },
      Z = { type = "area", name = "exit gate",
            text = "Opens when the new finding on the retest floor is proved." },
      a = { type = "door", name = "door 6379", tile = "wall", tag = "6379", full = "10.0.5.20:6379",
            host = "10.0.5.20", port = "6379", state = "filtered", scope = "in", speaker = "Retest: nmap",
            note = "6379/tcp filtered: the firewall now drops it, and Redis asks for a password "
              .. "behind it. The first finding is fixed." },
      b = { type = "door", name = "door search", tile = "wall", tag = "/search", full = "/search?q='",
            host = "staging.shop.example", port = "/search", state = "200", scope = "in",
            speaker = "Retest: GET /search?q='",
            note = "200 OK, no results, no error: the quote is a value now, not SQL. Fixed." },
      c = { type = "door", name = "door invoice 1043", tile = "wall", tag = "1043", full = "/invoices/1043",
            host = "staging.shop.example", port = "/invoices/1043", state = "404", scope = "in",
            speaker = "Retest: GET /invoices/1043 (as alice)",
            note = "404 Not Found: Alice no longer sees Bob's invoice. Fixed, and the steps you wrote "
              .. "are now a test in Larkspur's suite." },
      d = { type = "door", name = "door email", tile = "wall", tag = "/email", full = "/account/email",
            host = "staging.shop.example", port = "/account/email", state = "400", scope = "in",
            speaker = "Retest: forged POST /account/email",
            note = "400 Bad Request: The CSRF token is missing. Alice's email stays hers. Fixed." },
      f = { type = "door", name = "door 8080", tile = "wall", tag = "8080", full = "10.0.5.20:8080",
            host = "10.0.5.20", port = "8080", state = "open", scope = "in", speaker = "Retest: nmap",
            finding = "cy_pynmap_2", opens = "exit gate",
            note = "8080/tcp open http-proxy: a Jenkins server, new since the first test, its login "
              .. "page open to the network. Kenji's nightly scan ran last night. Why was it silent?" },
      h = { type = "door", name = "door new subnet", tile = "wall", tag = "10.0.6.8", full = "10.0.6.8",
            host = "10.0.6.8", scope = "out", state = "?",
            why = "10.0.6.0/24 is a new subnet, not in the signed scope. Luis says it is theirs: ask "
              .. "Elena to add it to the letter, in writing, first." },
      g = { type = "prop", tile = "wall", sprite = "lamp_green" },
      r = { type = "prop", tile = "wall", sprite = "lamp_red" },
      k = { type = "prop", sprite = "security_monitors" },
      m = { type = "prop", sprite = "security_monitors" },
      q = { type = "prop", sprite = "security_beacon" },
      l = { type = "prop", sprite = "security_laptop_desk" },
      w = { type = "prop", sprite = "web_monitor_desk" },
    },
    rows = {
      "                                          ",
      "                                          ",
      "###############a#g#b#g#c#g#d#g#f#g##hr#E##",
      "#...........#,,,,,,,,,,,,,,,,,,,,,,....Z.#",
      "#.........P.#,,,,,,,,,,,,,,,,,,,,,,......#",
      "#.....@.....#............................#",
      "#...........#............................#",
      "#..s........#............................#",
      "#...........#............................#",
      "#...........G..................S.........#",
      "#........T..#........................q...#",
      "#...........#............................#",
      "#.....M.....#.......L.....N..............#",
      "#.1.........#............................#",
      "#...........#............................#",
      "#.kk.....w..#.RR...........m........l....#",
      "##########################################",
    },
  },

  dialogue = {
    kenji = {
      { "Kenji Sato, network tester", "Retest day. Larkspur says everything is fixed; we check, "
        .. "with the same probes and the same scope, and we keep checking after we leave." },
      "For that I script Nmap from Python with python-nmap. It runs the nmap program for you, "
        .. "which must be installed (and root for -sS), and hands back the results as dicts.",
      "nmap.PortScanner().scan(hosts, ports, arguments), then nm.all_hosts() and "
        .. "nm[host][\"tcp\"][port][\"state\"]. The orb is by the window. First, your call:",
    },
    luis = {
      { "Luis Ortega, backend developer", "We fixed all four! Go on, try them. And while you are "
        .. "at it, we set up a new subnet last week, 10.0.6.0/24. It is ours, so test it too?" },
      "Oh, and someone put Jenkins on staging. That was not me.",
    },
  },

  exercises = {
    cy_pynmap_1 = {
      kind = "fill", skill = "python_nmap", language = "python",
      prompt = "Kenji's nightly scan: the staging range, never its excluded gateway, then one "
        .. "line per host found.",
      code = [==[
import nmap

nm = nmap.PortScanner()
nm.scan(hosts="10.0.5.0/24", ports="22,80,6379",
        arguments="-sS {1} 10.0.5.1")
for host in nm.{2}():
    print(host, nm[host].state())
]==],
      blanks = {
        { options = { "--exclude", "-iL", "-sn" }, answer = 1,
          why = { "python-nmap passes the arguments to nmap: --exclude keeps the gateway out.",
                  "-iL reads a target list from a file; it would not exclude anything.",
                  "-sn only finds hosts that are up: the ports would not be scanned." } },
        { options = { "all_hosts", "scaninfo", "command_line" }, answer = 1,
          why = { "all_hosts() lists every host the scan found, to look up with nm[host].",
                  "scaninfo() describes the scan (method, ports), not the hosts.",
                  "command_line() is the nmap command python-nmap ran: handy for the report." } },
      },
      explain = "PortScanner.scan() runs nmap with -oX - and parses the XML. The scope belongs in "
        .. "the code: the range, and the exclusions, every night.",
    },
    cy_pynmap_2 = {
      kind = "code", skill = "python_nmap", language = "python",
      prompt = "The nightly scan should report any port that opens without being in KNOWN. "
        .. "Jenkins opened 8080 and nothing was reported. Which line?",
      code = [==[
import nmap

KNOWN = {("10.0.5.10", 22), ("10.0.5.20", 443)}

nm = nmap.PortScanner()
nm.scan(hosts="10.0.5.0/24", ports="1-10000",
        arguments="-sS --exclude 10.0.5.1")
for host in nm.all_hosts():
    ports = nm[host].get("tcp", {})
    for port, info in ports.items():
        if info["state"] == "closed":
            if (host, port) not in KNOWN:
                print("NEW", host, port, info["name"])
]==],
      answer = 11,
      why = {
        [11] = "It reports new closed ports, never open ones: compare with \"open\".",
        [6] = "Ports 1-10000 include 8080: the scan did see it.",
        [9] = ".get(\"tcp\", {}) is right: a host with no TCP results has no \"tcp\" key.",
      },
      explain = "python-nmap gives each port a dict with state, name and more. An alert that "
        .. "tests the wrong state fails silently, so test the alert itself: open a port on purpose.",
    },
    cy_pynmap_3 = {
      kind = "choice", skill = "python_nmap", scenario = true,
      prompt = "Larkspur wants to know every morning if a new port opened in staging overnight. "
        .. "Which do you set up?",
      choices = {
        { "A python-nmap script on a schedule, scoped to 10.0.5.0/24, diffing against known ports",
          right = true, why = "Nmap does the scanning; Python keeps the scope, the diff and the alert." },
        { "A Scapy script that hand-builds SYNs for every port",
          why = "Scapy is for single packets made your way; Nmap already scans well and fast." },
        { "Someone runs nmap by hand each morning",
          why = "It works until the first busy morning; nobody notices the day it is skipped." },
        { "Scan 10.0.0.0/8 so nothing is missed",
          why = "Far beyond the signed scope: most of that range is not Larkspur's to test." },
      },
      explain = "Automate what must happen every day, and keep the scope inside the script. "
        .. "python-nmap is a wrapper: the nmap program still does the work.",
    },
    cy_scope_4 = {
      kind = "choice", skill = "pentest_scope", scenario = true,
      prompt = "During the retest Luis asks you to test a new subnet, 10.0.6.0/24: it is theirs, "
        .. "he says. Elena signed the scope. What do you do?",
      choices = {
        { "Ask Elena to add the subnet to the scope in writing, then test it", right = true,
          why = "Only the person who signed may widen the scope, and on paper." },
        { "Test it: a developer of the company asked",
          why = "Luis cannot authorise it, and may be wrong about who owns it." },
        { "Test it quietly and mention it later",
          why = "Unauthorised is unauthorised, however friendly the request." },
        { "Refuse to ever test it",
          why = "It may well need testing: the scope can grow, through the right person." },
      },
      explain = "Scope changes go through the person who can authorise them, in writing, before "
        .. "the first packet. A verbal 'sure, go ahead' protects nobody.",
    },
  },

  hints = {
    "Kenji stands in the first room: walk next to him and press {confirm}.",
    "The floor gate opens once you hold python-nmap: the orb, then nightly_scan.py.",
    "Retest each old finding on the north wall. Red lamps are out of scope.",
    "Door 8080 is new. Why did the nightly scan miss it?",
  },

  goals = {
    { talk = "Kenji", text = "Talk to Kenji",
      hint = "Kenji stands in the first room, {where:Kenji}." },
    { collect = "python_nmap", text = "Hold python-nmap",
      hint = "Take the python-nmap orb, then answer Kenji or nightly_scan.py." },
    { answer = "cy_scope_4", text = "Answer Luis about the new subnet",
      hint = "Luis stands on the retest floor." },
    { answer = "cy_pynmap_2", text = "Find why the nightly scan missed 8080",
      hint = "Probe door 8080 on the north wall." },
  },

  grants = { xp = 60 },

  on_start = function()
    floor().setup({ title = "Retest: 10.0.5.0/24", scope = "10.0.5.0/24, not .1", findings = 1 })
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
      sq.xp(30)
      sq.say("Kenji", "Four fixed, one new. The retest report says exactly that, with the evidence "
        .. "for each. The exit is open.")
    end
  end,
}
