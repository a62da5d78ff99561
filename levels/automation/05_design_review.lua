-- levels/automation/05_design_review.lua: the Automation and Scripting quest,
-- level 5, the design review. The player is the engineer now: from scripts to
-- infrastructure as code and CI/CD pipelines. TIDY's rack (lib/tidy.lua)
-- becomes a deploy pipeline with four stages, run on three pushes: a good
-- one, one that fails a test, and one that passes its tests but breaks
-- /health in production. A good pipeline tests before it deploys, smoke-tests
-- and rolls back, alerts on-call, and keeps its secrets out of the repository.
-- Around it: what to automate, idempotence, failure alerts, secrets,
-- rollbacks and runbooks. Grants the engineer-side skills Idempotent
-- automation and Infrastructure as code.
-- Play order: Amara -> the idempotence orb and board -> the IaC orb, the
-- workflow file, the playbook and the runbook -> Yusuf, Luis -> the pipeline
-- -> exit. Facts (GitHub Actions docs, Ansible docs): FACTS.md.

local function tidy()
  return sq.module("tidy")
end

local function deploy(fs, ctx)
  fs.prev = fs.prod
  fs.prod = ctx.v
  fs.healthy = not ctx.breaks
  if ctx.tests_fail then fs.untested = true end
  return true, "deployed " .. ctx.v
end

local steps = {
  test = { at = "ci",
    run = function(fs, ctx)
      if ctx.tests_fail then return false, "pytest: 1 failed, so " .. ctx.v .. " stops here" end
      return true, "pytest passed"
    end },
  deploy = { at = "prod", run = deploy },
  deploy_secret = { at = "prod",
    run = function(fs, ctx)
      deploy(fs, ctx)
      fs.leaked = true
      return "warn", "DB_PASSWORD is written in deploy.yml, in git"
    end },
  smoke = { at = "prod",
    run = function(fs)
      if not fs.healthy then
        fs.prod, fs.healthy = fs.prev, true
        return false, "/health 500: rolled back to " .. fs.prod
      end
      return true, "/health 200"
    end },
  notify = { at = "pager", always = true,
    run = function(fs, ctx)
      if ctx.failed then
        ctx.alerted = true
        return true, "paged on-call: " .. ctx.label .. " failed"
      end
      return true, "nothing to report"
    end },
  hand_fix = { at = "prod",
    run = function(fs)
      if fs.healthy then return true, "nothing to fix by hand" end
      fs.healthy, fs.drift = true, true
      return "warn", "someone fixed prod by hand over ssh"
    end },
}

local config = {
  title = "TIDY: deploy pipeline",
  steps = steps,
  goal = "job green",
  pace = 0.4,
  fresh = function()
    return { prod = "v1", prev = "v1", healthy = true }
  end,
  runs = function()
    return {
      { label = "Push 1 (v2)", tag = "Push 1", v = "v2" },
      { label = "Push 2 (v3, a test fails)", tag = "Push 2", v = "v3", tests_fail = true },
      { label = "Push 3 (v4, breaks /health)", tag = "Push 3", v = "v4", breaks = true },
    }
  end,
  judge = function(fs, runs)
    if fs.leaked then return false, "the password now sits in the repository, in every clone, for good." end
    if fs.untested then return false, "v3 failed its tests and still reached production." end
    if not fs.healthy then return false, "production is down: v4 broke /health and nothing rolled it back." end
    if fs.drift then return false, "prod was fixed by hand: the repo no longer describes it." end
    for _, r in ipairs(runs) do
      if (r.failed or r.warned) and not r.alerted then
        return false, r.label .. " failed, and nobody was told."
      end
    end
    return true, "v3 stopped by its tests, v4 rolled back to " .. fs.prod .. ", and on-call told both times."
  end,
}

local asks = { Amara = { "auto_idem_2" }, Yusuf = { "auto_iac_4" }, Luis = { "auto_idem_4", "auto_idem_3" } }
local right = {}

return {
  format = 1,
  id = "automation.design_review",
  quest = "automation",
  title = "Design Review: From Scripts to Pipelines",
  brief = "You are the engineer now. The Night Shift's scripts become a pipeline and infrastructure "
    .. "as code, and the choices are yours. Talk to Amara first; {hint} gives a hint.",
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
        tidy().robot_talk("Beep. Today I am a pipeline: I run the stages from slot 1 to 4 on every "
          .. "push. After a failed stage I skip the rest, except a stage marked if failure().")
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
      M = { type = "mentor", name = "Amara", dialogue = "amara", look = "amara", facing = "down" },
      Y = { type = "mentor", name = "Yusuf", dialogue = "yusuf", look = "yusuf", facing = "down" },
      U = { type = "mentor", name = "Luis", dialogue = "luis", look = "luis", facing = "down" },
      v = { type = "spot", name = "ci gauge", spot = "ci", label = "CI runner", sprite = "automation_gauge" },
      x = { type = "spot", name = "prod rack", spot = "prod", label = "production", sprite = "server_rack" },
      u = { type = "spot", name = "pager clock", spot = "pager", label = "on-call", sprite = "automation_clock" },
      o = { type = "skill", name = "idempotence orb", skill = "idempotent_scripts" },
      z = { type = "skill", name = "iac orb", skill = "infra_as_code" },
      e = { type = "terminal", name = "idempotence board", speaker = "Whiteboard",
            text = "Our rule: every job must be safe to run twice. Which of these are?",
            quiz = "auto_idem_1" },
      p = { type = "terminal", name = "workflow file", speaker = ".github/workflows/report.yml",
            text = "The nightly report moves from a server's crontab into the repository.",
            quiz = "auto_iac_1" },
      s = { type = "terminal", name = "playbook", speaker = "site.yml",
            text = "provision.sh becomes an Ansible playbook: the same setup, described as a state.",
            quiz = "auto_iac_2" },
      b = { type = "terminal", name = "runbook", speaker = "RUNBOOK.md",
            text = "Alert: shop /health failing after a deploy. Steps, for whoever is on call:",
            quiz = "auto_iac_3", more = "auto_iac_5" },
      ["1"] = { type = "rack", name = "slot 1", index = 1, label = "stage 1" },
      ["2"] = { type = "rack", name = "slot 2", index = 2, label = "stage 2" },
      ["3"] = { type = "rack", name = "slot 3", index = 3, label = "stage 3" },
      ["4"] = { type = "rack", name = "slot 4", index = 4, label = "stage 4" },
      r = { type = "run_lever", name = "run lever" },
      L = { type = "lamp", name = "status lamp" },
      R = { type = "robot", name = "TIDY" },
      a = { type = "card", name = "card pytest", step = "test", label = "pytest", sprite = "token_card_green" },
      f = { type = "card", name = "card deploy", step = "deploy", label = "deploy", sprite = "token_card_green" },
      g = { type = "card", name = "card deploy with password", step = "deploy_secret", label = "deploy +\npassword", sprite = "token_card_green" },
      h = { type = "card", name = "card smoke test", step = "smoke", label = "smoke test,\nroll back", sprite = "token_card_green" },
      i = { type = "card", name = "card notify", step = "notify", label = "if failure():\npage on-call", sprite = "token_card_green" },
      j = { type = "card", name = "card hand fix", step = "hand_fix", label = "ssh in,\nfix by hand", sprite = "token_card_green" },
      W = { type = "marker", name = "job green" },
      D = { type = "marker", name = "open floor" },
      c = { type = "prop", sprite = "automation_pipes" },
    },
    rows = {
      "####################E###############",
      "#W..c..v........x.........u......c.#",
      "#..................................#",
      "#..z..p..s..b......................#",
      "#.....................D............#",
      "#..o..e.......................R....#",
      "#..................................#",
      "#.........1....2....3....4.....r.L.#",
      "#..................................#",
      "#..................................#",
      "#....a.........f............g......#",
      "#..................................#",
      "#..................................#",
      "#.........h.........i.........j....#",
      "#..................................#",
      "#.....Y.......@.....M......U.......#",
      "####################################",
    },
  },

  dialogue = {
    amara = {
      { "Amara Okafor, head of platform", "Welcome to the review. Scripts got us this far: "
        .. "cron on twelve servers, each set up a little differently. Nobody knows them all any more." },
      "Sione's playbooks and Elena's workflows were the start: the setup and the jobs live in the "
        .. "repository now. Reviewed, versioned, repeatable. Today we decide how far to take it.",
      "TIDY's rack is our deploy pipeline: four stages, run on three pushes. One push fails a "
        .. "test; one passes its tests and still breaks production. Design it so both end well.",
      "Yusuf guards the secrets, Luis the pager. Start with idempotence, our first rule:",
    },
    yusuf = {
      { "Yusuf Demir, security engineer", "A pipeline that deploys to production holds the keys "
        .. "to production. Where those keys live is my whole job." },
      "So, the database password the deploy needs:",
    },
    luis = {
      { "Luis Ortega, engineering manager", "Automation I trust is automation that tells me when "
        .. "it fails, and also when it silently stopped running at all." },
      "Last quarter our backup job was dead for three weeks before anyone noticed. What would you add? "
        .. "And then: what should we automate next, and what not?",
    },
  },

  exercises = {
    auto_idem_1 = {
      kind = "sort", skill = "idempotent_scripts",
      prompt = "Is each step safe to run twice, ending in the same state as after one run?",
      bins = { "Idempotent", "Not idempotent" },
      items = {
        { "mkdir -p /srv/app", bin = 1, why = "An existing folder is success." },
        { "ln -sfn /srv/app/v2 /srv/app/current", bin = 1, why = "-f replaces the link: same result each time." },
        { "Ansible user: name=deploy state=present", bin = 1, why = "Declares a state; a second run reports ok." },
        { "UPDATE orders SET status='paid' WHERE id=42", bin = 1, why = "Setting the same value again changes nothing." },
        { "useradd deploy", bin = 2, why = "The second run fails: the user exists (exit 9)." },
        { "echo 'line' >> app.conf", bin = 2, why = "Each run adds another copy." },
        { "INSERT a payment row with a new id", bin = 2, why = "Each run adds another payment." },
        { "POST /charges with no idempotency key", bin = 2, why = "A retry charges the card again." },
      },
      explain = "Idempotent steps describe an end state and check before they act. Retries, reruns after a crash and nightly schedules then become safe.",
    },
    auto_idem_2 = {
      kind = "choice", skill = "idempotent_scripts", scenario = true,
      prompt = "A nightly job copies 2 million files to object storage and crashed at file 1.3 million. What should tonight's run do?",
      choices = {
        { "Skip files already there with the same size and checksum, copy the rest", right = true,
          why = "It compares states, so a rerun finishes the work and repeats nothing." },
        { "Copy all 2 million again from the start",
          why = "Slow and costly, and a crash at the same point never finishes." },
        { "Read a counter file and start at file 1,300,001",
          why = "The file list may have changed since: a counter is not the state." },
        { "Delete what was copied, then start clean",
          why = "Throws away good work and leaves a window with no copy at all." },
      },
      explain = "Make each run converge on the desired state: compare what is there with what should be, and do only the difference. rsync and aws s3 sync work this way.",
    },
    auto_idem_4 = {
      kind = "choice", skill = "idempotent_scripts", scenario = true,
      prompt = "A nightly backup job was dead for three weeks before anyone noticed. Which alert would have caught it the first night?",
      choices = {
        { "A dead man's switch: the job pings a monitor on success; no ping by 04:00, page", right = true,
          why = "It also fires when the job never started, hung, or lost its crontab." },
        { "An email when the job exits non-zero",
          why = "A job that never starts or hangs never exits: no email." },
        { "A weekly look at the log",
          why = "Up to a week of missing backups, and only if someone remembers." },
        { "A message after every run, success or not",
          why = "Nobody reads 365 'OK' messages: the one that matters is missed." },
      },
      explain = "Alert on the absence of success, not only on failure. Tools such as Healthchecks.io or a Prometheus alert on a last-success timestamp do this.",
    },
    auto_iac_1 = {
      kind = "fill", skill = "infra_as_code", language = "yaml",
      prompt = "Run the report at 02:30 UTC every night in GitHub Actions, with the database URL kept secret.",
      code = [==[
name: nightly-report
on:
  {1}:
    - cron: "30 2 * * *"
  workflow_dispatch:
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
      - run: python report.py
        env:
          DB_URL: ${{ {2}.DB_URL }}
]==],
      blanks = {
        { options = { "schedule", "cron", "timer" }, answer = 1,
          why = {
            "on.schedule takes a list of cron entries; UTC unless a timezone is set.",
            "cron is the key inside each schedule entry, not an event.",
            "No such event in GitHub Actions.",
          } },
        { options = { "secrets", "vars", "env" }, answer = 1,
          why = {
            "Encrypted repository or environment secrets, masked in the logs.",
            "Configuration variables: stored and shown in plain text.",
            "Variables set in the workflow file itself, in the repository for all to read.",
          } },
      },
      explain = "The job is now code: reviewed in pull requests, versioned, and visible in the Actions tab. workflow_dispatch adds a button to run it by hand; scheduled runs can start a little late.",
    },
    auto_iac_2 = {
      kind = "choice", skill = "infra_as_code",
      prompt = "Which Ansible task makes sure the deploy user exists, and reports no change when it already does?",
      choices = {
        { "ansible.builtin.user: name=deploy state=present", right = true,
          why = "Declares the state; Ansible creates the user only when missing and says ok otherwise." },
        { "ansible.builtin.command: useradd deploy",
          why = "Runs every time: the second run fails with exit 9." },
        { "ansible.builtin.shell: id deploy || useradd deploy",
          why = "Works, but Ansible cannot tell: it reports changed every run, and --check cannot predict it." },
        { "ansible.builtin.copy of /etc/passwd from the control node",
          why = "Overwrites every other account on the server." },
      },
      explain = "Ansible modules are idempotent by design: describe the state, and ansible-playbook --check --diff shows what would change before anything does.",
    },
    auto_iac_3 = {
      kind = "order", skill = "infra_as_code",
      prompt = "After a deploy, production's /health fails and on-call is paged. Put the runbook's steps in order.",
      items = {
        { "Acknowledge the page and open an incident channel", why = "Others know someone is on it." },
        { "Revert the bad commit in git", why = "The repo describes production: fix the description." },
        { "Let the pipeline deploy the revert", why = "The same tested path as every deploy, no hand edits." },
        { "Check /health and the error rate are back to normal", why = "A rollback is done only when it is seen working." },
        { "Write up what happened for a blameless review", why = "Turn the incident into a fix for the next one." },
      },
      explain = "With infrastructure as code a rollback is a revert through the usual pipeline. A runbook makes that the obvious path at 3 a.m.",
    },
    auto_iac_4 = {
      kind = "choice", skill = "infra_as_code", scenario = true,
      prompt = "The deploy workflow needs the production database password. Where do you keep it?",
      choices = {
        { "In an encrypted Actions secret of the production environment, used only by the deploy job", right = true,
          why = "Out of the repo, masked in logs, and only jobs that need it get it." },
        { "In deploy.yml: the repository is private",
          why = "Everyone with read access, every fork and every clone has it, in history for good." },
        { "In a .env file committed next to the code",
          why = "Still in git: committed secrets must be rotated, not just deleted." },
        { "Printed at the start of the job, to debug connection errors",
          why = "Logs are kept and shared; a secret in a log is a leaked secret." },
      },
      explain = "Keep secrets in the CI's secret store or a vault, scope them to the jobs and environments that need them, and rotate any that reached git.",
    },
  },

  hints = {
    "Amara stands beside where you start: walk next to her and press {confirm}.",
    "Take the idempotence orb, then sort the board; the IaC orb opens after that.",
    "Talk to Yusuf and Luis: secrets and alerts.",
    "The pipeline: test, deploy, smoke test and roll back, then page on failure.",
  },

  goals = {
    { talk = "Amara", text = "Talk to Amara",
      hint = "Amara stands beside where you start: press {confirm} next to her." },
    { collect = "idempotent_scripts", text = "Hold idempotent automation",
      hint = "Take the idempotence orb, then sort the idempotence board beside it." },
    { collect = "infra_as_code", text = "Hold infrastructure as code",
      hint = "Take the IaC orb, then answer the workflow file, the playbook or the runbook." },
    { answer = "auto_iac_4", text = "Keep Yusuf's secret",
      hint = "Yusuf stands at the bottom left." },
    { answer = "auto_idem_4", text = "Give Luis his alert",
      hint = "Luis stands at the bottom right." },
    { reach = "job green", text = "A pipeline that ends well on all three pushes",
      hint = "Tests before the deploy, a smoke test that rolls back after it, and a page when anything fails." },
  },

  grants = { xp = 120 },

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
      sq.xp(15)
    end
  end,
}
