-- levels/automation/03_night_shift.lua: the Automation and Scripting quest,
-- level 3. Scheduling: cron and systemd timers, logging for jobs nobody
-- watches, and sysadmin scripts that
-- survive being run again. On TIDY's rack (lib/tidy.lua) the first slot
-- takes a crontab schedule, the others the steps of a provisioning script
-- run with set -e; the schedule decides how many times the script runs (two
-- nights, one Monday only, or sixty times a night), and a step that is not
-- idempotent fails or piles up on the second run.
-- Play order: Tomasz -> the cron orb and the crontab terminals -> the logging
-- orb and the log terminal -> the sysadmin
-- orb and its terminals -> Ines -> the rack -> exit.
-- Facts (crontab(5), systemd.timer(5), systemd.time(7), useradd(8), flock(1)):
-- FACTS.md.

local function tidy()
  return sq.module("tidy")
end

local CONF = "/etc/sysctl.d/90-app.conf"

local function cron(words)
  return { kind = "schedule", at = "cron",
    run = function() return true, "cron starts the job (" .. words .. ")" end }
end

local steps = {
  daily = cron("0 3 * * *"),
  minutely = cron("* 3 * * *"),
  mondays = cron("0 3 * * 1"),
  useradd = { at = "users",
    run = function(fs)
      if fs.user then return false, "useradd: user 'deploy' already exists (exit 9)" end
      fs.user = true
      return true, "created user deploy"
    end },
  useradd_ok = { at = "users",
    run = function(fs)
      if fs.user then return true, "deploy exists: nothing to do" end
      fs.user = true
      return true, "created user deploy"
    end },
  mkdir = { at = "srv",
    run = function(fs)
      if fs.dir then return false, "mkdir: cannot create directory '/srv/app': File exists" end
      fs.dir = true
      return true, "created /srv/app"
    end },
  mkdir_ok = { at = "srv",
    run = function(fs)
      fs.dir = true
      return true, "/srv/app is there"
    end },
  append = { at = "conf",
    run = function(fs)
      fs.lines = fs.lines + 1
      if fs.lines > 1 then
        return "warn", "vm.swappiness=10 is now in " .. CONF .. " " .. fs.lines .. " times"
      end
      return true, "added vm.swappiness=10"
    end },
  append_ok = { at = "conf",
    run = function(fs)
      if fs.lines > 0 then return true, "the line is there: nothing to do" end
      fs.lines = 1
      return true, "added vm.swappiness=10"
    end },
}

local config = {
  title = "TIDY: provision at 03:00",
  steps = steps,
  goal = "job green",
  fresh = function()
    return { user = false, dir = false, lines = 0 }
  end,
  runs = function(program)
    local when = program[1]
    if when == "minutely" then
      return { { label = "Mon 03:00", tag = "03:00" }, { label = "Mon 03:01", tag = "03:01" },
               { label = "Mon 03:02", tag = "03:02" } }
    elseif when == "mondays" then
      return { { label = "Mon 03:00", tag = "Mon" } }
    end
    return { { label = "Mon 03:00", tag = "Mon" }, { label = "Tue 03:00", tag = "Tue" } }
  end,
  judge = function(fs, runs, program)
    for _, r in ipairs(runs) do
      if r.failed then return false, r.label .. " failed under set -e: " .. r.words .. "." end
    end
    if fs.lines > 1 then return false, "the config line piles up, one more copy every run." end
    if program[1] == "minutely" then
      return false, "* 3 * * * runs every minute from 03:00 to 03:59: sixty runs a night."
    end
    if program[1] == "mondays" then
      return false, "0 3 * * 1 runs on Mondays only: Tuesday's run never happened."
    end
    return true, "one run a night at 03:00, and the second night changed nothing."
  end,
}

local asks = { Tomasz = { "auto_cron_4" }, Ines = { "auto_sysadmin_3" } }
local right = {}

return {
  format = 1,
  id = "automation.night_shift",
  quest = "automation",
  title = "The Night Shift",
  brief = "Scripts that run at 3 a.m. run with nobody watching, and they run again every night. "
    .. "Schedule the provisioning job, and make it safe to repeat. Talk to Tomasz first; {hint} gives a hint.",
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
        tidy().robot_talk("Beep. The blue card in the first slot is my crontab schedule: it decides "
          .. "how often I run the steps. The script runs with set -e.")
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
      K = { type = "mentor", name = "Tomasz", dialogue = "tomasz", look = "tomasz", facing = "down" },
      N = { type = "mentor", name = "Ines", dialogue = "ines", look = "ines", facing = "down" },
      v = { type = "spot", name = "crontab clock", spot = "cron", label = "crontab", sprite = "automation_clock" },
      x = { type = "spot", name = "passwd crate", spot = "users", label = "/etc/passwd" },
      u = { type = "spot", name = "srv crate", spot = "srv", label = "/srv/app" },
      y = { type = "spot", name = "conf gauge", spot = "conf", label = "sysctl.d", sprite = "automation_gauge" },
      o = { type = "skill", name = "cron orb", skill = "cron_jobs" },
      z = { type = "skill", name = "sysadmin orb", skill = "sysadmin_scripts" },
      l = { type = "skill", name = "logging orb", skill = "python_logging" },
      t = { type = "terminal", name = "log terminal", speaker = "cleanup.py",
            text = "Last night's clean-up failed. Its log file holds one line: nothing about why.",
            quiz = "auto_log_1", more = "auto_log_3" },
      e = { type = "terminal", name = "crontab terminal", speaker = "crontab -e",
            text = "# m h dom mon dow command   (minute first; day of week 0-7, 0 and 7 are Sunday)",
            quiz = "auto_cron_1", more = "auto_cron_2" },
      p = { type = "terminal", name = "timer terminal", speaker = "backup.timer",
            text = "The backup server is switched off some nights. Its backup must still run, later.",
            quiz = "auto_cron_3" },
      s = { type = "terminal", name = "provision terminal", speaker = "provision.sh",
            text = "Runs every night from cron. Since last month, the server boots more slowly each week.",
            quiz = "auto_sysadmin_1", more = "auto_sysadmin_2" },
      ["0"] = { type = "rack", name = "schedule slot", index = 1, kind = "schedule", label = "when" },
      ["1"] = { type = "rack", name = "slot 1", index = 2, label = "step 1" },
      ["2"] = { type = "rack", name = "slot 2", index = 3, label = "step 2" },
      ["3"] = { type = "rack", name = "slot 3", index = 4, label = "step 3" },
      r = { type = "run_lever", name = "run lever" },
      L = { type = "lamp", name = "status lamp" },
      R = { type = "robot", name = "TIDY" },
      a = { type = "card", name = "card daily", step = "daily", kind = "schedule", label = "0 3 * * *", sprite = "token_card_blue" },
      b = { type = "card", name = "card every minute", step = "minutely", kind = "schedule", label = "* 3 * * *", sprite = "token_card_blue" },
      f = { type = "card", name = "card mondays", step = "mondays", kind = "schedule", label = "0 3 * * 1", sprite = "token_card_blue" },
      g = { type = "card", name = "card useradd", step = "useradd", label = "useradd\ndeploy" },
      h = { type = "card", name = "card id or useradd", step = "useradd_ok", label = "id deploy ||\nuseradd" },
      i = { type = "card", name = "card mkdir", step = "mkdir", label = "mkdir\n/srv/app" },
      j = { type = "card", name = "card mkdir -p", step = "mkdir_ok", label = "mkdir -p\n/srv/app" },
      m = { type = "card", name = "card echo append", step = "append", label = "echo ... >>\nconf" },
      n = { type = "card", name = "card grep or append", step = "append_ok", label = "grep -qxF ||\necho >>" },
      W = { type = "marker", name = "job green" },
      D = { type = "marker", name = "open floor" },
      c = { type = "prop", sprite = "automation_pipes" },
    },
    rows = {
      "###################E################",
      "#W..c..v......x........u.....y...c.#",
      "#..................................#",
      "#..z..s.....l..t...................#",
      "#..................................#",
      "#..p.................D........R....#",
      "#..................................#",
      "#..o..e....0....1....2....3....r.L.#",
      "#..................................#",
      "#..................................#",
      "#....a.......g.......i.......m.....#",
      "#..................................#",
      "#..................................#",
      "#.........b.......h......j......n..#",
      "#..................................#",
      "#.......f.....@.....K......N.......#",
      "####################################",
    },
  },

  dialogue = {
    tomasz = {
      { "Tomasz Kowalczyk, systems administrator", "Evening! Every new app server gets the same "
        .. "setup: a deploy user, /srv/app, one kernel setting. A script does it, from cron, every night." },
      "Every night, because servers drift: someone deletes a folder, a package resets a file. "
        .. "The nightly run puts things back. So the script must be safe to run a thousand times.",
      "On TIDY's rack the first slot is the crontab schedule; the others are the script's steps, "
        .. "run with set -e: the first failing command stops it, with a non-zero exit.",
      "Nobody watches a 3 a.m. job, so it must log what it did. The cron, logging and sysadmin orbs "
        .. "are by the terminals. First, a choice I make every week:",
    },
    ines = {
      { "Ines Carvalho, on-call engineer", "I get paged when jobs go wrong at night. The worst "
        .. "ones are not the jobs that fail. They are the ones that run twice at the same time." },
      "Tell me what you would do about this one:",
    },
  },

  exercises = {
    auto_cron_1 = {
      kind = "fill", skill = "cron_jobs", language = "shell",
      prompt = "Run report.sh at 06:30 on weekdays, Monday to Friday.",
      code = [==[
# m h  dom mon dow  command
{1}  *   *   {2}  /usr/local/bin/report.sh
]==],
      blanks = {
        { options = { "30 6", "6 30", "*/30 6" }, answer = 1,
          why = {
            "Minute 30 of hour 6: 06:30.",
            "The minute comes first: hour 30 does not exist, and crontab refuses the line.",
            "Every 30 minutes of hour 6: 06:00 and 06:30, twice a day.",
          } },
        { options = { "1-5", "0-4", "6,0" }, answer = 1,
          why = {
            "1 is Monday, 5 is Friday.",
            "0 is Sunday: Sunday to Thursday.",
            "Saturday and Sunday: the weekend.",
          } },
      },
      explain = "The five fields are minute, hour, day of month, month and day of week (0 or 7 is Sunday), then the command. * means every value.",
    },
    auto_cron_2 = {
      kind = "sort", skill = "cron_jobs",
      prompt = "How often does each crontab schedule run?",
      bins = { "Once a day", "Once a week", "Many times an hour" },
      items = {
        { "0 2 * * *", bin = 1, why = "02:00 every day." },
        { "30 23 * * *", bin = 1, why = "23:30 every day." },
        { "0 4 * * 0", bin = 2, why = "04:00 on Sundays." },
        { "15 8 * * 1", bin = 2, why = "08:15 on Mondays." },
        { "*/15 * * * *", bin = 3, why = "Minutes 0, 15, 30 and 45 of every hour." },
        { "* 3 * * *", bin = 3, why = "Every minute from 03:00 to 03:59: 60 runs." },
      },
      explain = "A * in the minute field means every minute. Put a number there unless you really mean it.",
    },
    auto_cron_3 = {
      kind = "fill", skill = "cron_jobs", language = "text",
      prompt = "Start backup.service at 02:00 every day, and if the server was off at 02:00, as soon as it is back.",
      code = [==[
# /etc/systemd/system/backup.timer
[Unit]
Description=Nightly backup

[Timer]
{1}=*-*-* 02:00:00
{2}=true

[Install]
WantedBy=timers.target
]==],
      blanks = {
        { options = { "OnCalendar", "OnBootSec", "OnActiveSec" }, answer = 1,
          why = {
            "A calendar event: every day at 02:00:00.",
            "A delay after boot, not a time of day.",
            "A delay after the timer starts, not a time of day.",
          } },
        { options = { "Persistent", "RemainAfterExit", "Restart" }, answer = 1,
          why = {
            "Remembers the last run and catches up on a missed one at boot.",
            "A setting of services, not of timers.",
            "A service setting for restarting a crashed process.",
          } },
      },
      explain = "A .timer starts the .service of the same name. Enable it with systemctl enable --now backup.timer; systemctl list-timers shows the next run, and journalctl -u backup.service its output.",
    },
    auto_cron_4 = {
      kind = "choice", skill = "cron_jobs", scenario = true,
      prompt = "A nightly job on a Linux server must catch up when the server was off at its time, and you want its output in the journal with the rest. What do you use?",
      choices = {
        { "A systemd timer with OnCalendar= and Persistent=true", right = true,
          why = "It catches up after boot, and the service's output goes to the journal." },
        { "A line in root's crontab",
          why = "cron skips a run missed while the machine was off, and mails or drops output." },
        { "A Python loop with time.sleep(86400), started at boot",
          why = "It drifts, dies with the process, and nothing restarts or records it." },
        { "A scheduled GitHub Actions workflow",
          why = "It runs on GitHub's runners, not on your server, and may start late." },
      },
      explain = "cron is everywhere and simple; systemd timers add catch-up (Persistent=), logging in the journal, dependencies and resource limits on systemd machines.",
    },
    auto_log_1 = {
      kind = "fill", skill = "python_logging", language = "python",
      prompt = "Make the clean-up's log say when it started, and why it failed, with the traceback.",
      code = [==[
import logging

log = logging.getLogger(__name__)

def main() -> int:
    logging.basicConfig(
        filename="/var/log/shop/cleanup.log",
        level=logging.{1},
        format="%(asctime)s %(levelname)s %(message)s",
    )
    log.info("cleanup started")
    try:
        clean()
    except OSError:
        log.{2}("cleanup failed")
        return 1
    return 0
]==],
      blanks = {
        { options = { "INFO", "WARNING", "ERROR" }, answer = 1,
          why = {
            "INFO and everything above it is written: the start line too.",
            "The default level: the info line is dropped.",
            "Only errors: the log would not show the job even started.",
          } },
        { options = { "exception", "info", "debug" }, answer = 1,
          why = {
            "Logs at ERROR level with the traceback of the exception being handled.",
            "The wrong level, and no traceback.",
            "Below INFO, so it is dropped, and no traceback either.",
          } },
      },
      explain = "basicConfig sets up the root logger once, in main; modules get their own logger with getLogger(__name__). Timestamps and levels make a 3 a.m. failure readable at 9.",
    },
    auto_log_3 = {
      kind = "sort", skill = "python_logging",
      prompt = "At which level would you log each event of a nightly backup?",
      bins = { "DEBUG", "INFO", "WARNING", "ERROR" },
      items = {
        { "The SQL sent to the database, with its values", bin = 1, why = "Detail for a developer chasing a bug." },
        { "Backup of shop started", bin = 2, why = "Normal progress: the job is running." },
        { "Backup finished: 1.2 GB in 84 s", bin = 2, why = "Normal progress, with numbers worth keeping." },
        { "Disk 91% full, still working", bin = 3, why = "Nothing failed yet, but someone should look." },
        { "Upload timed out, retry 2 of 5", bin = 3, why = "Handled for now; many of them mean trouble." },
        { "pg_dump failed: no backup tonight", bin = 4, why = "The job did not do its work." },
      },
      explain = "Levels let one log serve everyone: production writes INFO and up, a developer turns on DEBUG, and alerts watch ERROR.",
    },
    auto_sysadmin_1 = {
      kind = "code", skill = "sysadmin_scripts", language = "shell",
      prompt = "This script runs every night. Which line does something different on the second night than on the first?",
      code = [==[
#!/usr/bin/env bash
set -euo pipefail

mkdir -p /srv/app
id deploy >/dev/null 2>&1 || useradd deploy
chown deploy: /srv/app
echo "vm.swappiness=10" >> /etc/sysctl.conf
]==],
      answer = 7,
      why = {
        [4] = "mkdir -p succeeds when the folder is already there.",
        [5] = "useradd runs only when id finds no deploy user.",
        [6] = "Setting the same owner again changes nothing.",
        [7] = ">> appends another copy of the line every night.",
      },
      explain = "Check, then act: grep -qxF 'vm.swappiness=10' FILE || echo 'vm.swappiness=10' >> FILE. Better still, own a whole file in /etc/sysctl.d/ and write it entire.",
    },
    auto_sysadmin_2 = {
      kind = "order", skill = "sysadmin_scripts",
      prompt = "Your script changes a setting on 20 web servers. Put the roll-out in a safe order.",
      items = {
        { "Dry run on all 20: print what would change", why = "See the plan before anything moves." },
        { "Apply it to one server", why = "A canary: one server at risk, not twenty." },
        { "Check that server's health and logs", why = "Proof it works before it spreads." },
        { "Apply it to the other 19", why = "Now the change has been seen working." },
      },
      explain = "Automation repeats a mistake as fast as it repeats work: look first, try it small, check, then go wide.",
    },
    auto_sysadmin_3 = {
      kind = "choice", skill = "sysadmin_scripts", scenario = true,
      prompt = "A clean-up runs from cron every 10 minutes. On busy days one run takes 15, and two copies delete the same files. What do you do?",
      choices = {
        { "Start it as flock -n /run/cleanup.lock cleanup.sh", right = true,
          why = "A second copy finds the lock taken and exits at once." },
        { "Run it every 30 minutes instead",
          why = "That hides the overlap until the next slow day." },
        { "Kill any older copy when a new one starts",
          why = "The old copy dies halfway through its work." },
        { "Add sleep $((RANDOM % 60)) at the start",
          why = "It only shifts the overlap around." },
      },
      explain = "Jobs that must not overlap take a lock. flock(1) holds it for as long as the command runs, and -n makes a second copy give up instead of waiting.",
    },
  },

  hints = {
    "Tomasz stands beside where you start: walk next to him and press {confirm}.",
    "Take each orb, then answer the terminals next to it.",
    "The first slot takes a blue schedule card; the others, one step each: a user, a folder, a line.",
    "Every step must check before it acts. {confirm} on open floor puts a card down.",
  },

  goals = {
    { talk = "Tomasz", text = "Talk to Tomasz",
      hint = "Tomasz stands beside where you start: press {confirm} next to him." },
    { collect = "cron_jobs", text = "Hold scheduled jobs",
      hint = "Take the cron orb, then answer the crontab terminal or the timer terminal." },
    { collect = "python_logging", text = "Hold the logging module",
      hint = "Take the logging orb near the top wall, then answer the log terminal beside it." },
    { collect = "sysadmin_scripts", text = "Hold sysadmin scripting",
      hint = "Take the sysadmin orb at the top, then answer the provision terminal or Ines." },
    { reach = "job green", text = "A nightly job that survives every night",
      hint = "0 3 * * * runs once a night; each step must check first: id ||, mkdir -p, grep ||." },
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
