-- levels/automation/04_playbook.lua: the Automation and Scripting quest,
-- level 4. From scripts to code that describes a state: Ansible playbooks
-- for the servers, GitHub Actions workflows for the jobs. On TIDY's rack
-- (lib/tidy.lua) the player builds a three-task playbook and TIDY runs
-- ansible-playbook twice: the second run must report changed=0. A command
-- task fails on the second run, a shell task changes something every time,
-- and a service task that restarts nginx on every run takes the site down
-- for nothing; a template with a handler restarts it only when the file
-- changed.
-- Play order: Sione -> the Ansible orb, the playbook terminal and the change
-- plan -> the Actions orb, the workflow terminal and Elena -> the rack ->
-- exit. Facts (Ansible docs, GitHub Actions docs): FACTS.md.

local function tidy()
  return sq.module("tidy")
end

local function changed(ctx)
  ctx.changed = (ctx.changed or 0) + 1
end

local steps = {
  user_ok = { at = "web1",
    run = function(fs, ctx)
      if fs.user then return true, "ok: user deploy is there" end
      fs.user = true; changed(ctx)
      return true, "changed: user deploy created"
    end },
  user_cmd = { at = "web1",
    run = function(fs, ctx)
      if fs.user then return false, "FAILED: useradd deploy, rc=9 (the user exists)" end
      fs.user = true; changed(ctx)
      return true, "changed: useradd ran"
    end },
  line_ok = { at = "sysctl",
    run = function(fs, ctx)
      if fs.lines > 0 then return true, "ok: vm.swappiness=10 is there" end
      fs.lines = 1; changed(ctx)
      return true, "changed: vm.swappiness=10 added"
    end },
  line_shell = { at = "sysctl",
    run = function(fs, ctx)
      fs.lines = fs.lines + 1; changed(ctx)
      if fs.lines > 1 then
        return "warn", "shell reported changed again, and the line is there " .. fs.lines .. " times"
      end
      return true, "changed: echo >> ran"
    end },
  template = { at = "nginx",
    run = function(fs, ctx)
      if fs.conf then return true, "ok: nginx.conf unchanged, handler not run" end
      fs.conf = true; fs.restarts = fs.restarts + 1; changed(ctx)
      return true, "changed: nginx.conf written, handler restarted nginx"
    end },
  restart = { at = "nginx",
    run = function(fs, ctx)
      fs.restarts = fs.restarts + 1; changed(ctx)
      if ctx.again then return "warn", "nginx was restarted again for nothing: a blip of errors" end
      return true, "changed: nginx restarted"
    end },
}

local config = {
  title = "TIDY: ansible-playbook",
  steps = steps,
  goal = "job green",
  fresh = function()
    return { user = false, lines = 0, conf = false, restarts = 0 }
  end,
  runs = function()
    return { { label = "Run 1: ansible-playbook site.yml", tag = "Run 1" },
             { label = "Run 2: the same, again", tag = "Run 2", again = true } }
  end,
  summary = function(ctx)
    return "changed=" .. (ctx.changed or 0) .. " failed=" .. (ctx.failed and 1 or 0)
  end,
  judge = function(fs, runs)
    for _, r in ipairs(runs) do
      if r.failed then return false, r.label .. " failed: " .. r.words .. "." end
    end
    if not fs.user then return false, "there is no deploy user." end
    if fs.lines == 0 then return false, "vm.swappiness=10 was never set." end
    if not fs.conf then return false, "nginx.conf was never written." end
    local again = runs[2].changed or 0
    if again > 0 then
      return false, "the second run still reported changed=" .. again .. ": run twice, a playbook should change nothing."
    end
    return true, "run 1 changed=3, run 2 changed=0: the servers are in the state the playbook describes."
  end,
}

local asks = { Sione = { "auto_ansible_3" }, Elena = { "auto_gha_3" } }
local right = {}

return {
  format = 1,
  id = "automation.playbook",
  quest = "automation",
  title = "The Playbook",
  brief = "Twelve servers, twelve slightly different setups. Sione wants them described once, in code "
    .. "that says what each server should be. Talk to Sione first; {hint} gives a hint.",
  music = "automation_works",
  requires = { "python" },

  behaviours = {
    terminal = {
      sprite = "terminal", frames = 2, rate = 40, size = { 14, 12 }, offset = { -1, -4 }, solid = true,
      on_interact = function(self)
        if self.props.text then sq.say(self.props.speaker or "Sign", self.props.text) end
        sq.ask({ self.props.quiz, self.props.more })
      end,
    },
    card = {
      sprite = "token_card_yellow", solid = true, size = { 12, 12 },
      on_spawn = function(self) tidy().token_spawned(self) end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    rack = {
      sprite = "slot", solid = true,
      on_spawn = function(self) tidy().slot_spawned(self) end,
      on_place = function(self, token) return tidy().place(self, token) end,
      on_take = function(self, token) tidy().take(self, token) end,
    },
    spot = {
      sprite = "automation_file_crate", solid = true,
      on_spawn = function(self) tidy().spot_spawned(self) end,
    },
    robot = {
      sprite = "robot_down", frames = 2, rate = 30, solid = true,
      on_spawn = function(self) tidy().robot_spawned(self) end,
      on_interact = function(self)
        tidy().robot_talk("Beep. Today I am ansible-playbook: I run the tasks on my rack against web1, "
          .. "then run them all again. Each task says ok or changed.")
      end,
    },
    run_lever = {
      sprite = "lever_0", solid = true,
      on_spawn = function(self) sq.set_label(self.id, "RUN x2", true) end,
      on_interact = function(self) tidy().run() end,
    },
    lamp = {
      sprite = "lamp_off", solid = true,
      on_spawn = function(self) tidy().lamp_spawned(self) end,
    },
    marker = { hidden = true },
  },

  map = {
    theme = "automation",
    legend = {
      K = { type = "mentor", name = "Sione", dialogue = "sione", look = "sione", facing = "down" },
      N = { type = "mentor", name = "Elena", dialogue = "elena", look = "elena", facing = "down" },
      v = { type = "spot", name = "web1 rack", spot = "web1", label = "web1", sprite = "server_rack" },
      x = { type = "spot", name = "sysctl gauge", spot = "sysctl", label = "sysctl.d", sprite = "automation_gauge" },
      u = { type = "spot", name = "nginx crate", spot = "nginx", label = "nginx" },
      o = { type = "skill", name = "ansible orb", skill = "ansible" },
      z = { type = "skill", name = "actions orb", skill = "github_actions" },
      e = { type = "terminal", name = "playbook terminal", speaker = "site.yml",
            text = "Half-written: install nginx, write its config, restart it only when the config changed.",
            quiz = "auto_ansible_1" },
      p = { type = "terminal", name = "change plan", speaker = "CHANGE.md",
            text = "Next week: a new nginx.conf on all twelve web servers.",
            quiz = "auto_ansible_2" },
      s = { type = "terminal", name = "workflow terminal", speaker = ".github/workflows/tests.yml",
            text = "The playbook's repository should run its tests on every push and pull request.",
            quiz = "auto_gha_1", more = "auto_gha_2" },
      ["1"] = { type = "rack", name = "slot 1", index = 1, label = "task 1" },
      ["2"] = { type = "rack", name = "slot 2", index = 2, label = "task 2" },
      ["3"] = { type = "rack", name = "slot 3", index = 3, label = "task 3" },
      r = { type = "run_lever", name = "run lever" },
      L = { type = "lamp", name = "status lamp" },
      R = { type = "robot", name = "TIDY" },
      a = { type = "card", name = "card user module", step = "user_ok", label = "user:\npresent", sprite = "token_card_red" },
      b = { type = "card", name = "card command useradd", step = "user_cmd", label = "command:\nuseradd", sprite = "token_card_red" },
      f = { type = "card", name = "card lineinfile", step = "line_ok", label = "lineinfile:\nswappiness", sprite = "token_card_red" },
      g = { type = "card", name = "card shell echo", step = "line_shell", label = "shell:\necho >>", sprite = "token_card_red" },
      h = { type = "card", name = "card template notify", step = "template", label = "template +\nnotify", sprite = "token_card_red" },
      j = { type = "card", name = "card restart", step = "restart", label = "service:\nrestarted", sprite = "token_card_red" },
      W = { type = "marker", name = "job green" },
      D = { type = "marker", name = "open floor" },
      c = { type = "prop", sprite = "automation_pipes" },
      k = { type = "prop", sprite = "automation_clock" },
    },
    rows = {
      "#################E################",
      "#W..c..v......x..........u.....k.#",
      "#................................#",
      "#..z..s..........................#",
      "#...................D............#",
      "#..p......................R......#",
      "#................................#",
      "#..o..e.....1....2....3..........#",
      "#................................#",
      "#.............................rL.#",
      "#........a.....f.........g.......#",
      "#................................#",
      "#................................#",
      "#.........b........h.......j.....#",
      "#.............@.....K......N.....#",
      "##################################",
    },
  },

  dialogue = {
    sione = {
      { "Sione Taufa, DevOps engineer", "Hi! Our servers were set up by scripts, and by hand when "
        .. "the scripts broke. Now no two are alike. Ansible fixes that: we describe the state, once." },
      "A playbook lists tasks for a group of hosts. Each task calls a module, like user or "
        .. "lineinfile, that checks the server and changes only what differs. It reports ok or changed.",
      "So the test of a playbook is its second run: changed=0. Build three tasks on TIDY's rack "
        .. "for web1: the deploy user, one kernel setting, and nginx's config.",
      "Elena keeps the repository's workflows on GitHub Actions. But first, a report I see too often:",
    },
    elena = {
      { "Elena Petrova, release engineer", "The playbooks live in git now, so a machine should "
        .. "check every change to them before it reaches a server. That machine is GitHub Actions." },
      "Here is what the team asked me for this week:",
    },
  },

  exercises = {
    auto_ansible_1 = {
      kind = "fill", skill = "ansible", language = "yaml",
      prompt = "Install nginx once, write its config, and restart it only when the config changed.",
      code = [==[
- name: Web servers
  hosts: web
  become: true
  tasks:
    - name: Install nginx
      ansible.builtin.apt:
        name: nginx
        state: {1}
    - name: Write nginx.conf
      ansible.builtin.template:
        src: nginx.conf.j2
        dest: /etc/nginx/nginx.conf
      {2}: Restart nginx
  handlers:
    - name: Restart nginx
      ansible.builtin.service:
        name: nginx
        state: restarted
]==],
      blanks = {
        { options = { "present", "latest", "absent" }, answer = 1,
          why = {
            "Installed if missing; a second run changes nothing.",
            "Upgrades whenever a new version appears: the server changes with no change in git.",
            "Removes nginx.",
          } },
        { options = { "notify", "when", "register" }, answer = 1,
          why = {
            "Queues the handler, which runs once at the end, only if this task changed.",
            "A condition for running the task, not a handler to call.",
            "Saves the task's result in a variable; it calls nothing.",
          } },
      },
      explain = "Modules describe a state and report changed only when they had to act. Handlers turn 'the config changed' into one restart instead of one on every run.",
    },
    auto_ansible_2 = {
      kind = "order", skill = "ansible",
      prompt = "A new nginx.conf must reach all twelve web servers. Put the steps in order.",
      items = {
        { "Change the template in git and open a pull request", why = "The change is code: it starts with a review." },
        { "ansible-playbook site.yml --check --diff", why = "A dry run: shows each file's diff, changes nothing." },
        { "ansible-playbook site.yml --limit web1", why = "Apply to one server first." },
        { "Check web1 serves pages with no errors", why = "Proof before it spreads." },
        { "ansible-playbook site.yml", why = "Now all twelve, the same way." },
      },
      explain = "--check --diff is Ansible's dry run, and --limit runs a playbook on part of the inventory: look first, try one, then go wide.",
    },
    auto_ansible_3 = {
      kind = "choice", skill = "ansible", scenario = true,
      prompt = "Every run of your playbook reports changed=2 on every server, even when nothing was edited. What does it tell you?",
      choices = {
        { "Two tasks are not idempotent, often command or shell: make them declare a state", right = true,
          why = "command and shell report changed on every run unless told otherwise (creates, changed_when)." },
        { "Nothing: changed is normal on every run",
          why = "A playbook run twice should report changed=0; constant changes hide the real ones." },
        { "The servers drift back between runs",
          why = "Possible on one server, but every server on every run points at the tasks." },
        { "Ansible needs --force to notice it is done",
          why = "There is no such flag: idempotence comes from the modules you choose." },
      },
      explain = "Keep the second run at changed=0, so a change in the report means something changed. Prefer modules; give command and shell tasks creates= or changed_when.",
    },
    auto_gha_1 = {
      kind = "fill", skill = "github_actions", language = "yaml",
      prompt = "Run the tests on every push to main and on every pull request.",
      code = [==[
name: tests
on:
  push:
    branches: [main]
  {1}:
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
      - uses: actions/setup-python@v6
        with:
          python-version: "3.13"
      - run: pip install -r requirements.txt
      - {2}: pytest
]==],
      blanks = {
        { options = { "pull_request", "pull_request_target", "merge" }, answer = 1,
          why = {
            "Runs the PR's code with read-only permissions and no secrets for forks.",
            "Runs with the base repository's permissions and secrets: dangerous for untrusted code.",
            "No such event.",
          } },
        { options = { "run", "uses", "with" }, answer = 1,
          why = {
            "run: executes a shell command on the runner.",
            "uses: takes an action, such as actions/checkout@v6, not a command.",
            "with: passes inputs to an action.",
          } },
      },
      explain = "on: says when, jobs say where (runs-on) and steps say what: uses: for an action, run: for a command. A step that exits non-zero fails the job, and the pull request shows it.",
    },
    auto_gha_2 = {
      kind = "sort", skill = "github_actions",
      prompt = "Which key of a workflow does each value belong under?",
      bins = { "on", "runs-on", "uses", "run" },
      items = {
        { "push to main", bin = 1, why = "An event that starts the workflow." },
        { "schedule with a cron entry", bin = 1, why = "A timed event." },
        { "ubuntu-latest", bin = 2, why = "The runner the job runs on." },
        { "actions/checkout@v6", bin = 3, why = "An action, pinned to a major version." },
        { "actions/setup-python@v6", bin = 3, why = "Another action." },
        { "pytest -q", bin = 4, why = "A shell command." },
        { "pip install -r requirements.txt", bin = 4, why = "A shell command too." },
      },
      explain = "Actions are reusable steps published in repositories; pin them to a version, or to a commit SHA where you need certainty about what runs.",
    },
    auto_gha_3 = {
      kind = "choice", skill = "github_actions", scenario = true,
      prompt = "The team wants every pull request tested on Python 3.12 and 3.13 before it can be merged. What do you set up?",
      choices = {
        { "A workflow on pull_request with a matrix of python-version 3.12 and 3.13, as a required check", right = true,
          why = "Each PR runs both versions, and branch protection blocks a red one." },
        { "A nightly cron job on the build server that runs the tests",
          why = "Breakage is found after the merge, and on one version only." },
        { "A pre-commit hook on every laptop",
          why = "Useful, but it can be skipped and runs one Python version." },
        { "A workflow on pull_request_target, so it can use secrets",
          why = "Runs untrusted fork code with your secrets: a known way to leak them." },
      },
      explain = "strategy.matrix runs one job per combination. Make the workflow a required status check in the branch's protection rules so red cannot merge.",
    },
  },

  hints = {
    "Sione stands beside where you start: walk next to him and press {confirm}.",
    "Take each orb, then answer the terminals next to it.",
    "Three tasks: a user module, lineinfile, and a template that notifies a handler.",
    "Run 2 must report changed=0. {confirm} on open floor puts a card down.",
  },

  goals = {
    { talk = "Sione", text = "Talk to Sione",
      hint = "Sione stands beside where you start: press {confirm} next to him." },
    { collect = "ansible", text = "Hold Ansible",
      hint = "Take the Ansible orb (the lowest orb), then finish site.yml at the playbook terminal." },
    { collect = "github_actions", text = "Hold GitHub Actions",
      hint = "Take the Actions orb (the top orb), then answer the workflow terminal, or Elena." },
    { reach = "job green", text = "A playbook whose second run changes nothing",
      hint = "Modules that declare a state, and a restart only through a handler." },
  },

  grants = { xp = 80 },

  on_start = function()
    tidy().setup(config)
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
  end,
}
