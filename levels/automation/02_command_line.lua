-- levels/automation/02_command_line.lua: the Automation and Scripting quest,
-- level 2. The nightly database backup becomes a proper command-line tool:
-- sys for arguments, streams and exit codes, argparse for its options, and
-- subprocess to call pg_dump safely (a list of arguments, check=True). On
-- TIDY's rack (lib/tidy.lua) the job runs on two nights, and on the second
-- the disk is full: a missing error check then replaces the only good backup
-- with a truncated one, and cron hears "exit 0".
-- Play order: Kenji -> the sys orb and the exit-code terminal -> the argparse
-- orb and the CLI terminal -> the subprocess orb, the tar terminal and Mei ->
-- the rack -> exit. Facts (Python 3.13 docs for sys, argparse, subprocess):
-- FACTS.md.

local function tidy()
  return sq.module("tidy")
end

local function dump(fs, ctx, checked)
  if not ctx.args then return false, "NameError: name 'args' is not defined" end
  if ctx.disk_full then
    fs.tmp = "truncated"
    if checked then
      return false, "CalledProcessError: pg_dump returned non-zero exit status 1 (disk full)"
    end
    return "warn", "pg_dump failed (exit 1) and nobody checked"
  end
  fs.tmp = "complete"
  return true, "dumped shop to backup.tmp"
end

local steps = {
  parse = { at = "argv",
    run = function(fs, ctx)
      ctx.args = true
      return true, "args: db=shop, out=/backups"
    end },
  dump_ok = { at = "db",
    run = function(fs, ctx) return dump(fs, ctx, true) end },
  dump_shell = { at = "db",
    run = function(fs, ctx) return dump(fs, ctx, false) end },
  replace = { at = "backups",
    run = function(fs)
      if not fs.tmp then return false, "FileNotFoundError: backup.tmp" end
      fs.backup, fs.tmp = fs.tmp, nil
      return true, "backup.sql is tonight's dump"
    end },
  unlink = { at = "backups",
    run = function(fs)
      if not fs.backup then return false, "FileNotFoundError: backup.sql" end
      fs.backup = nil
      return true, "deleted backup.sql"
    end },
}

local config = {
  title = "TIDY: nightly backup",
  steps = steps,
  goal = "job green",
  fresh = function()
    return { backup = "old", tmp = nil }
  end,
  runs = function()
    return { { label = "Night 1" }, { label = "Night 2 (disk full)", tag = "Night 2", disk_full = true } }
  end,
  judge = function(fs, runs)
    local n1, n2 = runs[1], runs[2]
    if n1.failed then return false, "night 1 crashed: " .. n1.words .. "." end
    if fs.backup == "truncated" then
      return false, "night 2 put a truncated dump over the good backup, and cron saw exit 0."
    end
    if not fs.backup then return false, "no backup.sql is left." end
    if fs.backup == "old" then return false, "night 1 never put its dump in place as backup.sql." end
    if not n2.failed then return false, "night 2 failed without saying so." end
    return true, "night 2 stopped with exit 1 and kept night 1's backup: cron can alert."
  end,
}

local asks = { Kenji = { "auto_sys_1" }, Mei = { "auto_subprocess_3" } }
local right = {}

return {
  format = 1,
  id = "automation.command_line",
  quest = "automation",
  title = "The Command Line",
  brief = "The nightly database backup is a script nobody dares to touch. Make it a tool: arguments, "
    .. "exit codes, and programs called safely. Talk to Kenji first; {hint} gives a hint.",
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
        tidy().robot_talk("Beep. I run the cards on my rack from slot 1 to the last, on two nights. "
          .. "On the second night the disk is full, and pg_dump fails.")
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
      K = { type = "mentor", name = "Kenji", dialogue = "kenji", look = "kenji", facing = "down" },
      N = { type = "mentor", name = "Mei", dialogue = "mei", look = "mei", facing = "down" },
      v = { type = "spot", name = "argv board", spot = "argv", label = "sys.argv", sprite = "automation_gauge" },
      x = { type = "spot", name = "shop db", spot = "db", label = "shop db", sprite = "server_rack" },
      u = { type = "spot", name = "backup crate", spot = "backups", label = "/backups" },
      o = { type = "skill", name = "sys orb", skill = "sys_module" },
      q = { type = "skill", name = "argparse orb", skill = "argparse" },
      z = { type = "skill", name = "subprocess orb", skill = "subprocess" },
      e = { type = "terminal", name = "exit-code terminal", speaker = "rotate.py",
            text = "The log rotation fails every night, and monitoring has never once noticed.",
            quiz = "auto_sys_2" },
      p = { type = "terminal", name = "cli terminal", speaker = "backup.py --help",
            text = "usage: backup.py [-h] [--out OUT] [--dry-run] db",
            quiz = "auto_argparse_1" },
      s = { type = "terminal", name = "tar terminal", speaker = "archive.py",
            text = "Called with a project name from a web form. Last week the name was 'x; rm -rf ~'.",
            quiz = "auto_subprocess_1", more = "auto_subprocess_2" },
      ["1"] = { type = "rack", name = "slot 1", index = 1 },
      ["2"] = { type = "rack", name = "slot 2", index = 2 },
      ["3"] = { type = "rack", name = "slot 3", index = 3 },
      r = { type = "run_lever", name = "run lever" },
      L = { type = "lamp", name = "status lamp" },
      R = { type = "robot", name = "TIDY" },
      a = { type = "card", name = "card parse args", step = "parse", label = "parse_args()" },
      b = { type = "card", name = "card run check", step = "dump_ok", label = "run([...],\ncheck=True)" },
      f = { type = "card", name = "card run shell", step = "dump_shell", label = "run(f'...',\nshell=True)" },
      g = { type = "card", name = "card replace", step = "replace", label = "tmp.replace\n(backup)" },
      h = { type = "card", name = "card unlink", step = "unlink", label = "backup\n.unlink()" },
      W = { type = "marker", name = "job green" },
      D = { type = "marker", name = "open floor" },
      c = { type = "prop", sprite = "automation_pipes" },
      k = { type = "prop", sprite = "automation_clock" },
    },
    rows = {
      "##################E###############",
      "#W..c..v......x...........u.....k#",
      "#................................#",
      "#..z..s..........................#",
      "#................................#",
      "#..q..p...................R......#",
      "#................................#",
      "#..o..e.....1....2....3..........#",
      "#................................#",
      "#.............................rL.#",
      "#.....a........f........g........#",
      "#...................D............#",
      "#................................#",
      "#.........b........h.............#",
      "#.............@.....K......N.....#",
      "##################################",
    },
  },

  dialogue = {
    kenji = {
      { "Kenji Watanabe, platform engineer", "Hi! Every night at 02:00 cron runs backup.py. It "
        .. "calls pg_dump, the PostgreSQL dump tool, and keeps one file: /backups/backup.sql." },
      "Cron only sees the exit status: 0 means it worked, anything else means it failed and "
        .. "someone gets told. So a script's exit code is its most important output.",
      "Learn sys, argparse and subprocess from the orbs and terminals. Then build the job on "
        .. "TIDY's rack. TIDY runs it on two nights, and on the second the disk is full.",
      "When pg_dump fails, what must happen to last night's backup, and to the exit code? "
        .. "Here is what happened to a colleague:",
    },
    mei = {
      { "Mei Lin Zhao, database administrator", "I own the database. The backup script may "
        .. "restart the shop service after a restore, and that restart can fail." },
      "A failed restart nobody notices is an outage nobody notices. How would you call it?",
    },
  },

  exercises = {
    auto_sys_1 = {
      kind = "choice", skill = "sys_module", scenario = true,
      prompt = "Your backup script finds the database unreachable at 02:00. Cron runs it, and monitoring watches cron jobs. How should the script end?",
      choices = {
        { "Write the error to stderr, then sys.exit(1)", right = true,
          why = "A non-zero status is how every caller, cron and CI included, learns it failed." },
        { "print('ERROR: db down') and end normally",
          why = "The exit status is 0: cron and monitoring record a success." },
        { "sys.exit(0) after writing the error to a log file",
          why = "0 means success to every caller, whatever the log says." },
        { "Retry in a loop until the database is back",
          why = "The job may never end, and tomorrow's run starts on top of it." },
      },
      explain = "Exit status 0 is success, anything else a failure. Write errors to sys.stderr (cron mails or logs it) and end with sys.exit(1) or another non-zero code.",
    },
    auto_sys_2 = {
      kind = "code", skill = "sys_module", language = "python",
      prompt = "rotate.py prints its usage error, yet cron always records exit status 0. Which line is wrong?",
      code = [==[
import sys

def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: rotate.py DIR", file=sys.stderr)
        return 2
    print(f"rotating {argv[1]}")
    return 0

if __name__ == "__main__":
    main(sys.argv)
]==],
      answer = 11,
      why = {
        [5] = "Errors belong on stderr: this line is right.",
        [6] = "2 is the usual status for a usage error; it is returned, then thrown away.",
        [11] = "main's return value is dropped, so the script ends with 0: write sys.exit(main(sys.argv)).",
      },
      explain = "A script ends with status 0 unless it calls sys.exit with another code or dies of an exception. The idiom is sys.exit(main()).",
    },
    auto_argparse_1 = {
      kind = "fill", skill = "argparse", language = "python",
      prompt = "Give backup.py a --dry-run flag that is off unless given, and read it.",
      code = [==[
import argparse

parser = argparse.ArgumentParser(
    description="Back up one database.")
parser.add_argument("db")
parser.add_argument("--out", default="/backups")
parser.add_argument("--dry-run", action="{1}")
args = parser.parse_args()
if args.{2}:
    print(f"would dump {args.db} to {args.out}")
]==],
      blanks = {
        { options = { "store_true", "store_false", "store" }, answer = 1,
          why = {
            "False unless the flag is given, then True.",
            "The reverse: True unless given. Every run would be a dry run.",
            "Wants a value after it: --dry-run yes.",
          } },
        { options = { "dry_run", "dry-run", "dryrun" }, answer = 1,
          why = {
            "argparse turns the - of an option's name into _ for the attribute.",
            "Python reads args.dry - run: a subtraction, and a NameError.",
            "No such attribute: AttributeError.",
          } },
      },
      explain = "argparse parses sys.argv, checks it, writes --help from the definitions and exits with status 2 and a usage message on bad input.",
    },
    auto_subprocess_1 = {
      kind = "code", skill = "subprocess", language = "python",
      prompt = "The name 'x; rm -rf ~' emptied a home folder. Which lines let it? Mark every one.",
      code = [==[
import subprocess
import sys

name = sys.argv[1]
cmd = f"tar -czf /backups/{name}.tgz /srv/{name}"
subprocess.run(cmd, shell=True, check=True)
]==],
      answers = { 5, 6 },
      why = {
        [4] = "Reading the name is fine; what matters is how it reaches tar.",
        [5] = "The name is pasted into the text of a shell command.",
        [6] = "shell=True hands that text to /bin/sh, which runs '; rm -rf ~' as a second command.",
      },
      explain = "Pass a list and no shell: subprocess.run([\"tar\", \"-czf\", f\"/backups/{name}.tgz\", f\"/srv/{name}\"], check=True). Each item reaches tar as one argument, whatever it contains.",
    },
    auto_subprocess_2 = {
      kind = "fill", skill = "subprocess", language = "python",
      prompt = "Read the current git commit for the release notes, and stop if git fails.",
      code = [==[
import subprocess

result = subprocess.run(
    ["git", "rev-parse", "--short", "HEAD"],
    capture_output=True, text=True, {1},
)
version = result.{2}.strip()
]==],
      blanks = {
        { options = { "check=True", "shell=True", "timeout=None" }, answer = 1,
          why = {
            "A non-zero exit raises CalledProcessError instead of going on.",
            "With a list on Linux, the shell would run only 'git', without the other items.",
            "The default already: it waits for ever and checks nothing.",
          } },
        { options = { "stdout", "returncode", "stderr" }, answer = 1,
          why = {
            "capture_output=True with text=True puts the output in result.stdout as a str.",
            "An int, the exit status: it has no strip().",
            "The error stream, empty when git works.",
          } },
      },
      explain = "subprocess.run waits for the program and returns a CompletedProcess with args, returncode, stdout and stderr. check=True turns a failure into an exception.",
    },
    auto_subprocess_3 = {
      kind = "choice", skill = "subprocess", scenario = true,
      prompt = "After a restore, your script must restart the shop service and stop at once if the restart fails. Which call?",
      choices = {
        { "subprocess.run([\"systemctl\", \"restart\", \"shop\"], check=True)", right = true,
          why = "No shell, waits for the end, raises CalledProcessError on failure." },
        { "os.system(\"systemctl restart shop\")",
          why = "Runs a shell and returns a status that is easy to ignore, as here." },
        { "subprocess.Popen([\"systemctl\", \"restart\", \"shop\"])",
          why = "Starts it and goes on at once, without waiting or checking." },
        { "subprocess.run(\"systemctl restart shop\", shell=True)",
          why = "A shell for nothing, and no check: a failure goes unnoticed." },
      },
      explain = "subprocess.run with a list and check=True is the default choice for calling a program from a script. Reach for Popen only to talk to a program while it runs.",
    },
  },

  hints = {
    "Kenji stands beside where you start: walk next to him and press {confirm}.",
    "Take each orb, then answer the terminal next to it.",
    "On the rack: parse the arguments first, then a checked pg_dump, then put the dump in place.",
    "A card that fails silently on night 2 must be swapped. {confirm} on open floor puts a card down.",
  },

  goals = {
    { talk = "Kenji", text = "Talk to Kenji",
      hint = "Kenji stands beside where you start: press {confirm} next to him." },
    { collect = "sys_module", text = "Hold the sys module",
      hint = "Take the sys orb (the lowest of the three), then answer the exit-code terminal." },
    { collect = "argparse", text = "Hold argparse",
      hint = "Take the argparse orb, then finish backup.py at the CLI terminal." },
    { collect = "subprocess", text = "Hold subprocess",
      hint = "Take the subprocess orb, then answer the tar terminal, or Mei." },
    { reach = "job green", text = "A backup that survives a full disk",
      hint = "Night 2 must stop with exit 1 and keep night 1's backup: which pg_dump card checks?" },
  },

  grants = { xp = 70 },

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
